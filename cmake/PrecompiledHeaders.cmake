# Precompiled headers: the Qt and standard headers that nearly every file of ours includes are
# parsed once per build instead of once per file (about 450 files, 150 of them tests).
#
# Two headers are built, each by a small target of its own, and every target of ours reuses one
# of them (REUSE_FROM): "widgets" (QtCore, QtGui, QtWidgets) for the targets that link
# Qt6::Widgets, "core" (QtCore) for the rest. A reused header is only valid with the same
# compile flags, which paperboy_strict and the directory-wide options give every target; the
# per-target definitions that differ (QT_*_LIB, the tests' paths) appear in no header here.
# QtTest is left out on purpose: its headers change with QT_GUI_LIB and QT_WIDGETS_LIB.
#
# GCC only: the fuzz preset (clang) returns before this file is included, and clang rejects a
# header built with other definitions outright. Off by default under ccache, which misses on
# every file compiled with a precompiled header unless its sloppiness is configured for them.

set(_paperboy_pch_default ON)
if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache" OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    set(_paperboy_pch_default OFF)
endif()
option(PAPERBOY_PCH "Precompile the Qt and standard headers (GCC)" ${_paperboy_pch_default})

set(_paperboy_pch_std <algorithm> <array> <atomic> <chrono> <functional> <map> <memory>
    <optional> <set> <string> <utility> <vector>)
set(_paperboy_pch_core <QtCore/QtCore>)
set(_paperboy_pch_widgets <QtCore/QtCore> <QtGui/QtGui> <QtWidgets/QtWidgets>)

# True in `result` when `target` links Qt6::Widgets, directly or through our libraries.
function(_paperboy_links_widgets target result)
    set(stack ${target})
    set(seen)
    while(stack)
        list(POP_FRONT stack current)
        if(current IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${current})
        if(current STREQUAL "Qt6::Widgets")
            set(${result} ON PARENT_SCOPE)
            return()
        endif()
        if(NOT TARGET ${current} OR current MATCHES "^Qt6::")
            continue()
        endif()
        get_target_property(type ${current} TYPE)
        set(libraries)
        if(NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(direct ${current} LINK_LIBRARIES)
            if(direct)
                list(APPEND libraries ${direct})
            endif()
        endif()
        get_target_property(interface ${current} INTERFACE_LINK_LIBRARIES)
        if(interface)
            list(APPEND libraries ${interface})
        endif()
        foreach(library IN LISTS libraries)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" library "${library}")
            list(APPEND stack ${library})
        endforeach()
    endwhile()
    set(${result} OFF PARENT_SCOPE)
endfunction()

# Every target defined in `directory` and below.
function(_paperboy_targets_below directory result)
    get_property(targets DIRECTORY ${directory} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirectories DIRECTORY ${directory} PROPERTY SUBDIRECTORIES)
    foreach(subdirectory IN LISTS subdirectories)
        _paperboy_targets_below(${subdirectory} below)
        list(APPEND targets ${below})
    endforeach()
    set(${result} ${targets} PARENT_SCOPE)
endfunction()

# Gives every C++ library and program of ours one of the two headers. Call it last, once every
# target exists.
function(paperboy_precompile_headers)
    if(NOT PAPERBOY_PCH)
        return()
    endif()
    # A header the compiler cannot reuse would silently be parsed again in every file: an error.
    target_compile_options(paperboy_strict INTERFACE -Winvalid-pch)
    add_library(paperboy_pch_core STATIC ${PROJECT_SOURCE_DIR}/cmake/PrecompiledHeaders.cpp)
    target_link_libraries(paperboy_pch_core PRIVATE Qt6::Core paperboy_strict)
    target_precompile_headers(paperboy_pch_core PRIVATE ${_paperboy_pch_std} ${_paperboy_pch_core})
    add_library(paperboy_pch_widgets STATIC ${PROJECT_SOURCE_DIR}/cmake/PrecompiledHeaders.cpp)
    target_link_libraries(paperboy_pch_widgets PRIVATE Qt6::Widgets paperboy_strict)
    target_precompile_headers(paperboy_pch_widgets PRIVATE ${_paperboy_pch_std}
        ${_paperboy_pch_widgets})

    _paperboy_targets_below(${PROJECT_SOURCE_DIR} targets)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        get_target_property(sources ${target} SOURCES)
        if(target MATCHES "^paperboy_pch_" OR NOT sources OR
                NOT type MATCHES "^(STATIC_LIBRARY|SHARED_LIBRARY|EXECUTABLE)$")
            continue()
        endif()
        list(FILTER sources INCLUDE REGEX "\\.cpp$")
        if(NOT sources)
            continue()
        endif()
        _paperboy_links_widgets(${target} widgets)
        if(widgets)
            target_precompile_headers(${target} REUSE_FROM paperboy_pch_widgets)
        else()
            target_precompile_headers(${target} REUSE_FROM paperboy_pch_core)
        endif()
    endforeach()
endfunction()
