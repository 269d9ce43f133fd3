;; wasmi 2.0.0 miscompilation, found as SIMD seed 3049 (minimised by
;; `diff --shrink 3049 --simd`, then by hand); also behind the wasmi
;; crashes on SIMD seeds 351, 2126 and 3113. `run` must return 7 (lane 0 of
;; the splat, stored at 0 + 65540). wasmi stores a byte that varies from run
;; to run, and with some offsets writes outside linear memory and crashes.
;; wasmrt and wasmtime return 7 (tests/fuzz_regressions.rs).
(module
  (memory 2)
  (func (export "run") (result i32)
    i32.const 0
    i32.const 7
    i8x16.splat
    v128.store8_lane offset=65540 0
    i32.const 65540
    i32.load8_u))
