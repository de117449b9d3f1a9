#include "DigestFiles.h"
