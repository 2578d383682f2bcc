# Sanitizer and fuzzing build options. `scripts/dev.sh test --sanitize` turns both on in a
# tree of its own (build-sanitize) built with clang, so one build runs the whole test suite
# under AddressSanitizer + UndefinedBehaviorSanitizer and also builds the libFuzzer targets.

option(LOCALFORGE_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(LOCALFORGE_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only) and run them in the suite" OFF)

if(LOCALFORGE_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang|GNU")
        message(FATAL_ERROR "LOCALFORGE_SANITIZE needs clang or GCC (found ${CMAKE_CXX_COMPILER_ID})")
    endif()
    # Every target (core, ui, tests, fakes, benchmarks): a sanitizer must see both sides of a
    # call. UB reports are made fatal at run time (UBSAN_OPTIONS=halt_on_error=1), so that a
    # suppression file can still name known noise.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                        -fno-optimize-sibling-calls)
    add_link_options(-fsanitize=address,undefined)
endif()

if(LOCALFORGE_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(WARNING "LOCALFORGE_FUZZ needs clang (libFuzzer); the fuzz targets are not built.")
endif()
