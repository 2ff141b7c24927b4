// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "parley/event.h"

namespace parley {

const char* ModeName(Mode mode) {
  switch (mode) {
    case Mode::kAsserted: return "asserted";
    case Mode::kNegated: return "negated";
    case Mode::kConditional: return "conditional";
    case Mode::kHypothetical: return "hypothetical";
  }
  return "asserted";  // unreachable for valid enum values
}

}  // namespace parley
