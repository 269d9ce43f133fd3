"""Test setup: import wasmrt from this source tree (python/), which finds
libwasmrt through WASMRT_LIB or the checkout's target/release."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
