#!/usr/bin/env python3
"""Writes one compiled function's machine code to a file.

    extract.py elf FILE.cwasm NAME OUT      wasmtime's precompiled module
    extract.py jitdump jit-PID.dump NAME OUT a jitdump file (wasmrt's, or
                                             any runtime's)

NAME is a substring of the function's symbol, e.g. `__original_main`; the
first function whose name contains it is taken. Prints the name, the size
and the address the code was loaded at (0 for an ELF file's offset base).
"""
import struct
import subprocess
import sys


def from_elf(path, name):
    # `objdump -t` lists each function symbol with its section-relative
    # value and size; `objdump -h` gives the .text section's file offset.
    syms = subprocess.run(["objdump", "-t", path], check=True,
                          capture_output=True, text=True).stdout
    heads = subprocess.run(["objdump", "-h", path], check=True,
                           capture_output=True, text=True).stdout
    text_off = None
    for line in heads.splitlines():
        cols = line.split()
        if len(cols) >= 6 and cols[1] == ".text":
            text_off = int(cols[5], 16)
    if text_off is None:
        sys.exit(f"{path}: no .text section")
    data = open(path, "rb").read()
    for line in syms.splitlines():
        cols = line.split()
        if len(cols) >= 6 and ".text" in cols and name in line:
            value, size = int(cols[0], 16), int(cols[-2], 16)
            sym = line.split(cols[-2], 1)[1].strip()
            return sym, value, data[text_off + value:text_off + value + size]
    sys.exit(f"{path}: no function symbol containing {name!r}")


def from_jitdump(path, name):
    # perf's jitdump format: a header whose third u32 is its size, then
    # records {id u32, size u32, timestamp u64, ...}; id 0 is a code load:
    # pid u32, tid u32, vma u64, code_addr u64, code_size u64, index u64,
    # the NUL-terminated name, then the code.
    data = open(path, "rb").read()
    off = struct.unpack_from("<I", data, 8)[0]
    while off + 16 <= len(data):
        rid, size, _ = struct.unpack_from("<IIQ", data, off)
        if size < 16:
            break
        if rid == 0:
            _, _, _, addr, csize, _ = struct.unpack_from("<IIQQQQ", data, off + 16)
            start = off + 56
            end = data.index(b"\0", start)
            sym = data[start:end].decode()
            if name in sym:
                return sym, addr, data[end + 1:end + 1 + csize]
        off += size
    sys.exit(f"{path}: no code-load record naming {name!r}")


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("elf", "jitdump"):
        sys.exit(__doc__)
    kind, path, name, out = sys.argv[1:]
    sym, addr, code = (from_elf if kind == "elf" else from_jitdump)(path, name)
    open(out, "wb").write(code)
    print(f"{sym}: {len(code)} bytes at {addr:#x} (address mod 64 = {addr % 64})")


main()
