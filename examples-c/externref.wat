;; Wasm keeps a host reference in a global without being able to look
;; inside it.
(module
  (global $kept (mut externref) (ref.null extern))
  (func (export "keep") (param externref) (global.set $kept (local.get 0)))
  (func (export "get") (result externref) (global.get $kept))
  (func (export "forget") (global.set $kept (ref.null extern)))
  (func (export "is_null") (param externref) (result i32) (ref.is_null (local.get 0))))
