// libedit for Swift. el_set, el_get and history are C variadic functions, which Swift cannot
// call; the static inline wrappers below are what the REPL uses instead. Each takes fixed
// arguments and passes them on, so Swift's clang importer compiles them into the caller.
#ifndef ATTRITION_CLIBEDIT_SHIM_H
#define ATTRITION_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <wchar.h>
#include <histedit.h>
#include <editline/readline.h>

/// The Swift type of an editor command bound to a key (`EL_ADDFN`).
typedef unsigned char (*attrition_el_command_t)(EditLine *, int);
/// The Swift type of a prompt function (`EL_PROMPT_ESC`).
typedef char *(*attrition_el_prompt_t)(EditLine *);
/// The Swift type of a character reader (`EL_GETCFN`).
typedef int (*attrition_el_read_t)(EditLine *, wchar_t *);

/// An editor on the process's standard streams; Swift 6 may not touch `stdin`/`stdout` itself.
static inline EditLine *attrition_el_init(const char *program) {
  return el_init(program, stdin, stdout, stderr);
}

/// Flushes the C standard output that libedit and the REPL share.
static inline void attrition_flush_stdout(void) {
  fflush(stdout);
}

/// Puts the terminal in libedit's editing (raw) mode now, when `on` is 1, rather than when the
/// first key is read: keys typed as soon as the prompt shows must not reach a canonical terminal,
/// where Ctrl-D is an end-of-file marker that turns into a NUL byte on the switch to raw mode.
static inline int attrition_el_prep_terminal(EditLine *editor, int on) {
  return el_set(editor, EL_PREP_TERM, on);
}

/// Chooses the key bindings: "emacs" or "vi".
static inline int attrition_el_set_editor(EditLine *editor, const char *mode) {
  return el_set(editor, EL_EDITOR, mode);
}

/// Whether libedit restores the terminal on signals and follows window size changes.
static inline int attrition_el_set_signal(EditLine *editor, int handle) {
  return el_set(editor, EL_SIGNAL, handle);
}

/// Sets the prompt function; text between two `escape` characters takes no room on screen
/// (colour sequences).
static inline int attrition_el_set_prompt(EditLine *editor, attrition_el_prompt_t prompt, char escape) {
  return el_set(editor, EL_PROMPT_ESC, prompt, escape);
}

/// Replaces the function libedit reads characters with.
static inline int attrition_el_set_reader(EditLine *editor, attrition_el_read_t reader) {
  return el_set(editor, EL_GETCFN, reader);
}

/// Stores a pointer for the callbacks to find their owner.
static inline int attrition_el_set_client_data(EditLine *editor, void *data) {
  return el_set(editor, EL_CLIENTDATA, data);
}

/// The pointer stored with `attrition_el_set_client_data`.
static inline void *attrition_el_client_data(EditLine *editor) {
  void *data = NULL;
  el_get(editor, EL_CLIENTDATA, &data);
  return data;
}

/// Adds a named editor command.
static inline int attrition_el_add_command(
    EditLine *editor, const char *name, const char *help, attrition_el_command_t command) {
  return el_set(editor, EL_ADDFN, name, help, command);
}

/// Binds a key sequence (such as "^I") to a command.
static inline int attrition_el_bind(EditLine *editor, const char *key, const char *command) {
  return el_set(editor, EL_BIND, key, command, NULL);
}

/// Redraws the prompt and the line.
static inline int attrition_el_refresh(EditLine *editor) {
  return el_set(editor, EL_REFRESH);
}

/// Connects a history of wide-character entries to the editor, for the up and down keys.
static inline int attrition_el_set_history(EditLine *editor, HistoryW *entries) {
  return el_wset(editor, EL_HIST, history_w, entries);
}

/// Sets the maximum number of history entries.
static inline int attrition_history_set_size(HistoryW *entries, HistEventW *event, int size) {
  return history_w(entries, event, H_SETSIZE, size);
}

/// Makes history refuse an entry equal to the previous one.
static inline int attrition_history_set_unique(HistoryW *entries, HistEventW *event, int unique) {
  return history_w(entries, event, H_SETUNIQUE, unique);
}

/// Adds an entry at the end of the history.
static inline int attrition_history_enter(HistoryW *entries, HistEventW *event, const wchar_t *entry) {
  return history_w(entries, event, H_ENTER, entry);
}

#endif
