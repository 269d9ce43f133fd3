;; wasmi 2.0.0 miscompilation, found as seed 160436 of the long wasm 2.0
;; campaign (minimised by `diff --shrink 160436`, then by hand). `run` must
;; return 1065353216 (0x3f800000, the bits of the 1.0 that `local.get 1`
;; put below the `if`'s parameter): the `if` pops only its parameter.
;; wasmi returns a value that varies from run to run, as if that stack slot
;; were never written; the nested `block` in the `else` arm is needed.
;; wasmrt and wasmtime return 1065353216 (tests/fuzz_regressions.rs).
(module
  (func $f (param i32 f32) (result i32)
    local.get 1
    f32.const 3
    local.get 0
    if (param f32)
      drop
    else
      drop
      block
      end
    end
    i32.reinterpret_f32)
  (func (export "run") (result i32)
    i32.const 1
    f32.const 1.0
    call $f))
