;; Functions and blocks with several results, in wasm and in the host.
(module
  (import "host" "divmod" (func $divmod (param i32 i32) (result i32 i32)))
  ;; Two results of different types, through a block that yields both.
  (func (export "swap") (param i64 f64) (result f64 i64)
    (block (result f64 i64)
      (local.get 1)
      (local.get 0)))
  ;; Takes the host's two results and adds two of its own.
  (func (export "divmod_twice") (param $a i32) (param $b i32) (result i32 i32 i32 i32)
    (call $divmod (local.get $a) (local.get $b))
    (call $divmod (local.get $b) (i32.const 3))))
