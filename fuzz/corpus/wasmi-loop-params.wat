;; wasmi 2.0.0 miscompilation, found as SIMD seed 3893 (minimised by
;; `diff --shrink 3893 --simd`, then by hand). `run` must return 15: the
;; loop pops only its parameter (7), so the value under it, 15 from
;; `local.tee`, is what the last `global.set` stores. wasmi returns 7.
;; wasmrt and wasmtime return 15 (tests/fuzz_regressions.rs).
(module
  (memory 15 15)
  (global $g (mut i64) (i64.const 0))
  (func $f (param i32 i64)
    memory.size
    i64.extend_i32_u
    local.tee 1
    local.get 0
    i64.const 7
    loop (param i64)
      global.set $g
    end
    drop
    global.set $g)
  (func (export "run") (result i64)
    i32.const 0
    i64.const 0
    call $f
    global.get $g))
