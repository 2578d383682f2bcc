#pragma once

#include "ApiError.h"

// A value, or why there is none. A function that can fail returns this, or a bare ApiError
// when it has nothing else to give back (no error: it worked).
//   return {.value = list, .error = {}};                       // success
//   return {.error = ApiError::file(tr("Could not ..."))};      // failure
template<class T>
struct Result
{
    T value{}; // on failure: as far as it got, often empty
    ApiError error;

    bool ok() const { return !error.isError(); }
};
