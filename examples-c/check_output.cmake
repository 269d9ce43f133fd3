# Runs one example and checks it: it must exit with status 0 and print
# exactly what its .expected file holds.
#
#   cmake -DEXAMPLE=path/to/exe -DARGS="arg1|arg2" -DEXPECTED=name.expected
#         [-DACTUAL=name.actual] [-DVALGRIND=valgrind -DSUPPRESSIONS=file]
#         -P check_output.cmake
#
# ARGS separates arguments with '|'. With VALGRIND, the example runs under
# memcheck, and any error or definite leak fails the check.
foreach(var EXAMPLE EXPECTED)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_output.cmake: ${var} is not set")
  endif()
endforeach()
string(REPLACE "|" ";" args "${ARGS}")

set(command)
if(VALGRIND)
  list(APPEND command ${VALGRIND} --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite)
  if(SUPPRESSIONS)
    list(APPEND command --suppressions=${SUPPRESSIONS})
  endif()
endif()
list(APPEND command ${EXAMPLE} ${args})

execute_process(COMMAND ${command}
    RESULT_VARIABLE status
    OUTPUT_VARIABLE actual
    ERROR_VARIABLE errors)
file(READ ${EXPECTED} expected)
if(DEFINED ACTUAL)
  file(WRITE ${ACTUAL} "${actual}")
endif()

# Prints text as it is (message() would reflow it).
function(show text)
  execute_process(COMMAND ${CMAKE_COMMAND} -E echo_append "${text}")
endfunction()

string(REPLACE ";" " " shown "${command}")
if(NOT status STREQUAL "0")
  show("-- stdout:\n${actual}\n-- stderr:\n${errors}\n")
  message(FATAL_ERROR "${shown}: exited with ${status}")
endif()
if(NOT actual STREQUAL expected)
  find_program(DIFF diff)
  if(DIFF AND DEFINED ACTUAL)
    execute_process(COMMAND ${DIFF} -u ${EXPECTED} ${ACTUAL})
  else()
    show("-- expected:\n${expected}\n-- printed:\n${actual}\n")
  endif()
  show("-- stderr:\n${errors}\n")
  message(FATAL_ERROR "${shown}: printed something else than ${EXPECTED}")
endif()
message(STATUS "${shown}: output as expected")
