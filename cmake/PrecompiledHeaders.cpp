// The one source of the targets that build the precompiled headers (PrecompiledHeaders.cmake):
// a target needs a file to compile the header with.
