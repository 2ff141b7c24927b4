// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// A parser for one JSON Lines record, written for speed: it decodes only the
// fields a Document has and skips every other value without building a tree.
// Internal to the input stage.

#ifndef PARLEY_INPUT_JSON_LINE_H_
#define PARLEY_INPUT_JSON_LINE_H_

#include <string_view>

#include "parley/document.h"
#include "parley/status.h"

namespace parley::input {

// Parses `line` (one JSON object, surrounding whitespace allowed) into `doc`:
//   "id"    string or number (a number keeps its JSON spelling); required
//   "text"  string; required
//   "date"  "YYYY-MM-DD" (a longer ISO timestamp "YYYY-MM-DDT..." is cut to
//           its date); null means absent
//   "lang"  string (see ParseLanguage); null means absent
//   "title", "url"  strings; null means absent
// Other members are skipped, whatever they hold (nesting up to 64 levels).
// When a key repeats, the last value wins. String bytes are not checked for
// UTF-8 validity. All of `doc`'s fields are overwritten (origin excepted).
//
// On failure returns ParseError (malformed JSON: the message gives the
// column and the reason) or InvalidArgument (well-formed, but a field is
// missing, has the wrong type, or holds a bad date: the message names the
// field). The message carries no file or line: the caller prefixes them.
// doc->id holds the id when the parser got that far, else is empty.
Status ParseJsonLine(std::string_view line, Document* doc);

}  // namespace parley::input

#endif  // PARLEY_INPUT_JSON_LINE_H_
