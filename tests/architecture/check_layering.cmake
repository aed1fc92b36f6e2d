# The module table the build enforces (${TABLE}, written by parkscape_module)
# held against (1) every #include in the modules' sources: a module includes
# only its own headers, those of the modules it names in DEPS, and the
# third-party headers of the libraries it names in USES / USES_PUBLIC; and
# (2) the table in docs/ARCHITECTURE.md (## Modules), which must say the same.
# Usage: cmake -DTABLE=modules.txt -DROOT=<source dir> -DDOC=docs/ARCHITECTURE.md -P check_layering.cmake
cmake_minimum_required(VERSION 3.25)

# Third-party headers by library short name (the names of USES in CMakeLists.txt).
set(lib_patterns
  "gdal=^(gdal|ogr|cpl)[a-z_]*\\.h|^ogrsf_frmts\\.h"
  "proj=^proj\\.h$|^proj/"
  "geos=^geos_c\\.h$|^geos/"
  "glu=^GL/glu\\.h$"
  "toml=^toml\\+\\+/"
  "json=^nlohmann/"
  "gl=^glad/|^GL/gl\\.h$"
  "egl=^EGL/"
  "glfw=^GLFW/"
  "x11=^X11/"
  "imgui=^imgui"
  "png=^png\\.h$"
  "cli11=^CLI/"
  "ffmpeg=^lib(avcodec|avformat|avutil|swscale)/"

  "nettle=^nettle/"
  "systemd=^systemd/")

file(STRINGS ${TABLE} rows REGEX "^[a-z]")
set(modules "")
set(problems "")
foreach(row ${rows})
  string(REPLACE "|" ";" f "${row}")
  list(GET f 0 name)
  list(GET f 1 dir)
  list(LENGTH f n)
  set(deps "")
  set(uses "")
  if(n GREATER 2)
    list(GET f 2 deps)
  endif()
  if(n GREATER 3)
    list(GET f 3 uses)
  endif()
  separate_arguments(deps)
  separate_arguments(uses)
  list(APPEND modules ${name})
  set(dir_${name} ${dir})
  set(deps_${name} ${deps})
  set(uses_${name} ${uses})
endforeach()

# (1) includes
foreach(m ${modules})
  file(GLOB_RECURSE files ${ROOT}/${dir_${m}}/*.h ${ROOT}/${dir_${m}}/*.cpp)
  foreach(file ${files})
    file(RELATIVE_PATH rel ${ROOT} ${file})
    file(STRINGS ${file} incs ENCODING UTF-8 REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(inc ${incs})
      if(inc MATCHES "#[ \t]*include[ \t]*\"([a-z_]+)/")
        set(target ${CMAKE_MATCH_1})
        if(target IN_LIST modules AND NOT target STREQUAL m AND NOT target IN_LIST deps_${m})
          list(APPEND problems "${rel}: ${m} may not include ${target}/ (${inc}); ${m} depends on: ${deps_${m}}")
        endif()
      elseif(inc MATCHES "#[ \t]*include[ \t]*<([^>]+)>")
        set(header ${CMAKE_MATCH_1})
        foreach(lp ${lib_patterns})
          string(FIND "${lp}" "=" eq)
          string(SUBSTRING "${lp}" 0 ${eq} lib)
          math(EXPR eq "${eq} + 1")
          string(SUBSTRING "${lp}" ${eq} -1 re)
          if(header MATCHES "${re}" AND NOT lib IN_LIST uses_${m})
            list(APPEND problems "${rel}: ${m} does not declare '${lib}' but includes <${header}>")
          endif()
        endforeach()
      endif()
    endforeach()
  endforeach()
endforeach()

# (2) the documented table: | `name/` | concern | depends on | third-party |
file(STRINGS ${DOC} doc_rows ENCODING UTF-8 REGEX "^\\| `[a-z_/]+` \\|")
set(documented "")
foreach(r ${doc_rows})
  # Split on '|' (CMake's regex classes misread UTF-8 bytes such as '—').
  string(REPLACE ";" "," r "${r}")
  string(REPLACE "|" ";" cells "${r}")
  list(LENGTH cells nc)
  if(nc LESS 5)
    continue()
  endif()
  list(GET cells 1 first)
  list(GET cells 3 ddeps)
  list(GET cells 4 duses)
  string(REGEX REPLACE "[ `]" "" path "${first}")
  string(REGEX REPLACE "/$" "" path "${path}")
  get_filename_component(name ${path} NAME)
  foreach(v ddeps duses)
    string(REPLACE "—" "" ${v} "${${v}}")
    string(REGEX REPLACE "[`,]" " " ${v} "${${v}}")
    string(STRIP "${${v}}" ${v})
    separate_arguments(${v})
    list(REMOVE_ITEM ${v} "")
    list(SORT ${v})
  endforeach()
  if(NOT name IN_LIST modules)
    list(APPEND problems "${DOC}: documents module '${name}', which the build does not declare")
    continue()
  endif()
  list(APPEND documented ${name})
  set(bdeps ${deps_${name}})
  set(buses ${uses_${name}})
  list(SORT bdeps)
  list(SORT buses)
  if(NOT "${ddeps}" STREQUAL "${bdeps}")
    list(APPEND problems "${DOC}: '${name}' depends on [${ddeps}] there, the build says [${bdeps}]")
  endif()
  if(NOT "${duses}" STREQUAL "${buses}")
    list(APPEND problems "${DOC}: '${name}' uses [${duses}] there, the build says [${buses}]")
  endif()
endforeach()
foreach(m ${modules})
  if(NOT m IN_LIST documented)
    list(APPEND problems "${DOC}: module '${m}' (${dir_${m}}) is missing from the table")
  endif()
endforeach()

list(LENGTH modules nm)
if(problems)
  list(LENGTH problems np)
  foreach(p ${problems})
    message("  ${p}")
  endforeach()
  message(FATAL_ERROR "${np} layering problem(s) in ${nm} modules")
endif()
message(STATUS "layering: ${nm} modules, every include and the documented table agree with the build")
