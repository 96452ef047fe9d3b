extension NotebookHTML {
  /// The page around a body: metadata for phones, and the whole style sheet inline. Its
  /// Content-Security-Policy lets the page use its own style sheet and inlined images, and
  /// nothing else: no script runs and nothing is fetched even if the prose's checks missed a way.
  static func page(title: String, body: String, remoteImages: Bool = false) -> String {
    let images = remoteImages ? "data: https: http:" : "data:"
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
      img-src \(images); form-action 'none'; base-uri 'none'">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="attrition notebook">
      <title>\(title)</title>
      <style>
      \(style)
      </style>
      </head>
      <body>
      <main>
      \(body)
      </main>
      </body>
      </html>

      """
  }

  static let style = """
    .label { color: var(--muted); font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
    p.label { margin: 1em 0 0.2em; }
    :root { color-scheme: light; --ink: #1b1b1b; --muted: #5c5c5c; --rule: #dcdcdc; --accent: #1f5fa8; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #fff;
      font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
    h2 { font-size: 1.35rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; }
    h3 { font-size: 1.1rem; margin: 1.5rem 0 0.4rem; }
    a { color: var(--accent); }
    pre, code { font: 14px/1.45 ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
    pre { overflow-x: auto; padding: 0.6rem 0.8rem; border-radius: 6px; margin: 0.6rem 0; }
    pre.code { background: #f4f6f8; border-left: 3px solid var(--accent); }
    pre.output, pre.result { background: #fafafa; border: 1px solid var(--rule); }
    pre.diagnostic { background: #fff4f4; border: 1px solid #e6b3b3; color: #8a1c1c; }
    pre.warning { background: #fffbea; border: 1px solid #e8d9a0; color: #6b5300; white-space: pre-wrap;
      overflow-wrap: anywhere; }
    p.result { margin: 0.4rem 0 1rem; font-size: 1.05rem; }
    .value { font-weight: 600; font-variant-numeric: tabular-nums; }
    sup.cite { font-size: 0.7em; margin-left: 0.15em; }
    .scroll { overflow-x: auto; margin: 0.6rem 0; }
    main > table { display: block; overflow-x: auto; max-width: 100%; }
    table { border-collapse: collapse; font-size: 0.92rem; font-variant-numeric: tabular-nums; }
    th, td { padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; white-space: nowrap; }
    th { border-bottom: 2px solid #999; }
    td.number { text-align: right; }
    .unit { color: var(--muted); font-weight: normal; }
    figure.chart { margin: 1rem 0; }
    figure.chart svg { width: 100%; height: auto; max-width: 640px; display: block; }
    figcaption { color: var(--muted); font-size: 0.85rem; }
    .more, .skipped { color: var(--muted); font-style: italic; }
    section.sources ol { padding-left: 1.4rem; font-size: 0.92rem; }
    section.sources li { margin: 0.25rem 0; overflow-wrap: anywhere; }
    section.sources ul.notes { margin: 0.1rem 0 0.4rem; padding-left: 1.1rem; color: var(--muted); font-size: 0.95em; }
    @media (max-width: 600px) { body { font-size: 16px; } main { padding: 1rem 0.75rem 3rem; } h1 { font-size: 1.5rem; } }
    @media print {
      body { font-size: 11pt; } main { max-width: none; padding: 0; }
      pre.code, pre.output, pre.result { background: none; }
      a { color: inherit; text-decoration: none; }
      section.sources a::after { content: ""; }
      figure, table, pre { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
    }
    """
}
