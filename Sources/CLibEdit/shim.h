// libedit for Swift. el_set, el_get and history are C variadic functions, which Swift cannot
// call; the static inline wrappers below are what the REPL uses instead.
#ifndef ATTRITION_CLIBEDIT_SHIM_H
#define ATTRITION_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <histedit.h>
#include <editline/readline.h>

/// Sets the maximum number of history entries.
static inline int attrition_history_set_size(History *history, HistEvent *event, int size) {
  return history(history, event, H_SETSIZE, size);
}

/// Makes history refuse an entry equal to the previous one.
static inline int attrition_history_set_unique(History *history, HistEvent *event, int unique) {
  return history(history, event, H_SETUNIQUE, unique);
}

#endif
