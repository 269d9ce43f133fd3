;; `run` calls the host, which calls back into `add`.
(module
  (import "host" "callback" (func $callback (param i32) (result i32)))
  (func (export "run") (param i32) (result i32)
    (i32.mul (call $callback (local.get 0)) (i32.const 10)))
  (func (export "add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))))
