;; The host provides `host.hello`; `run` calls it with a number.
(module
  (import "host" "hello" (func $hello (param i32)))
  (func (export "run")
    i32.const 42
    call $hello))
