;; wasmi 2.0.0 miscompilation, found as seed 542819 of the long wasm 2.0
;; campaign (minimised by `diff --shrink 542819`, then by hand). The
;; `br_table` (index 0) branches to the middle block carrying (5, 6),
;; dropping the 9 under them; `run` must return 5 * 10 + 6 = 56. wasmi
;; gives the middle block (6, 6), so 66. wasmrt and wasmtime return 56
;; (tests/fuzz_regressions.rs).
(module
  (func (export "run") (result i64)
    (local i32 i64)
    block (result i64 i64)
      block (result i64 i64)
        i64.const 9
        i64.const 5
        i64.const 6
        local.get 0
        br_table 0 1 0
      end
    end
    local.set 1
    i64.const 10
    i64.mul
    local.get 1
    i64.add))
