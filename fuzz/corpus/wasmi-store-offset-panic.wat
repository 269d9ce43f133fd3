;; wasmi 2.0.0 translator panic, found as seed 222487 of the long wasm 2.0
;; campaign (minimised by `diff --shrink 222487`, then by hand): a valid
;; module whose store has an offset of 65536 or more and takes its address
;; and its value from the same `local.tee`'d value makes wasmi's translator
;; reach `unreachable!()` (wasmi-2.0.0 src/engine/translator/func/mod.rs
;; line 2583) while compiling it. `run` must return 7 (the low half of 7,
;; stored at 7 + 127530, read back). wasmrt and wasmtime do
;; (tests/fuzz_regressions.rs).
(module
  (memory 2)
  (func $f (param i32)
    local.get 0
    f32.convert_i32_s
    i32.trunc_sat_f32_s
    local.tee 0
    local.get 0
    i32.store16 offset=127530)
  (func (export "run") (result i32)
    i32.const 7
    call $f
    i32.const 127537
    i32.load16_u))
