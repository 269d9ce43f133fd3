;; wasmi 2.0.0 miscompilation, found as seed 404334 of the long wasm 2.0
;; campaign (minimised by `diff --shrink 404334`, then by hand). `run` must
;; return 0: `i32.eqz` of local 0 (which is 0) is 1, so `select` picks its
;; first operand, 0. wasmi returns 7: it fuses the `i32.eqz` into the
;; `select` and then tests the register the `global.get` left behind
;; instead of the local. wasmrt and wasmtime return 0
;; (tests/fuzz_regressions.rs).
(module
  (global $g (mut i32) (i32.const 500))
  (func (export "run") (result i32)
    (local i32)
    global.get $g
    drop
    i32.const 0
    i32.const 7
    local.get 0
    i32.eqz
    select))
