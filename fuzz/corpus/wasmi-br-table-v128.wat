;; wasmi 2.0.0 miscompilation, found as SIMD seed 370243 of the long
;; campaign (minimised by `diff --shrink 370243 --simd`, then by hand).
;; The `br_table` (index 0) branches to the middle block carrying the
;; v128, dropping the i64 under it; `run` must return lane 0 of that v128,
;; 0x8db99e26. wasmi moves the v128 one 64-bit slot over and returns
;; garbage from below it. wasmrt and wasmtime return 0x8db99e26
;; (tests/fuzz_regressions.rs).
(module
  (func (export "run") (result i32)
    (local i32)
    block (result v128)
      block (result v128)
        block
          i64.const 7
          v128.const i32x4 0x8db99e26 0x54d70ffc 0xdfd752d2 0x3a2b38fd
          local.get 0
          br_table 1 2 1
        end
        v128.const i32x4 1 2 3 4
      end
    end
    i32x4.extract_lane 0))
