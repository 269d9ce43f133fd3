"""Modules: compiling text and binary, validation, types of imports and
exports, files, names, closing."""

import pytest

from wasmrt import (Engine, ExportType, FuncType, GlobalType, ImportType, Limits, MemoryType,
                    Module, TableType, ValType, WasmrtError, wat2wasm)

WAT = """
(module $demo
  (import "env" "f" (func (param i32) (result i64)))
  (import "env" "g" (global (mut f32)))
  (import "env" "m" (memory 1 2))
  (import "env" "t" (table 3 funcref))
  (func (export "run") (param f64 externref))
  (global (export "gl") i32 (i32.const 1))
  (table (export "tab") 1 5 externref))
"""


def test_text_and_binary_compile_to_the_same_exports() -> None:
    engine = Engine()
    binary = wat2wasm(WAT)
    assert binary[:4] == b"\0asm"
    a = Module(engine, WAT)
    b = Module(engine, bytes(binary))
    assert [e.name for e in a.exports] == [e.name for e in b.exports] == ["run", "gl", "tab"]


def test_import_and_export_types() -> None:
    module = Module(Engine(), WAT)
    imports = module.imports
    assert all(isinstance(i, ImportType) for i in imports)
    assert [(i.module, i.name) for i in imports] == [("env", "f"), ("env", "g"), ("env", "m"),
                                                     ("env", "t")]
    f, g, m, t = (i.type for i in imports)
    assert isinstance(f, FuncType)
    assert f.params == [ValType.i32()] and f.results == [ValType.i64()]
    assert isinstance(g, GlobalType) and g.content == ValType.f32() and g.mutable
    assert isinstance(m, MemoryType) and m.limits == Limits(1, 2)
    assert isinstance(t, TableType) and t.element == ValType.funcref() and t.limits == Limits(3, None)
    exports = {e.name: e.type for e in module.exports}
    assert all(isinstance(e, ExportType) for e in module.exports)
    assert exports["run"] == FuncType([ValType.f64(), ValType.externref()], [])
    assert exports["gl"] == GlobalType(ValType.i32(), False)
    assert exports["tab"] == TableType(ValType.externref(), Limits(1, 5))


def test_module_name() -> None:
    assert Module(Engine(), WAT).name == "demo"
    assert Module(Engine(), "(module)").name is None


def test_bad_wat_raises_with_the_parsers_message() -> None:
    with pytest.raises(WasmrtError) as info:
        Module(Engine(), "(module (func (result i32) i32.const))")
    assert "expected" in str(info.value) or "i32.const" in str(info.value)
    with pytest.raises(WasmrtError) as info:
        wat2wasm("(module (fnuc))")
    assert "fnuc" in str(info.value) or "unexpected" in str(info.value)


def test_invalid_binary_names_the_problem() -> None:
    with pytest.raises(WasmrtError) as info:
        Module(Engine(), b"\0asm\x01\0\0\0\x01")
    assert str(info.value)
    with pytest.raises(WasmrtError) as info:
        Module(Engine(), "(module (func (result i32) f32.const 1))")
    assert "type mismatch" in str(info.value)


def test_validate() -> None:
    engine = Engine()
    Module.validate(engine, wat2wasm("(module)"))
    with pytest.raises(WasmrtError):
        Module.validate(engine, b"\0asm\x02\0\0\0")


def test_from_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "m.wasm"
    path.write_bytes(wat2wasm('(module (func (export "x")))'))
    assert [e.name for e in Module.from_file(Engine(), path).exports] == ["x"]
    text = tmp_path / "m.wat"
    text.write_text('(module (func (export "y")))')
    assert [e.name for e in Module.from_file(Engine(), str(text)).exports] == ["y"]


def test_wrong_argument_types() -> None:
    with pytest.raises(TypeError):
        Module(None, "(module)")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Module(Engine(), 42)  # type: ignore[arg-type]
    with pytest.raises(WasmrtError):
        Module(Engine(), None)  # type: ignore[arg-type]


def test_close_and_use_after_close() -> None:
    module = Module(Engine(), "(module)")
    module.close()
    module.close()
    with pytest.raises(WasmrtError):
        module.exports
    with pytest.raises(ValueError):
        module.imports
    with Module(Engine(), "(module)") as m:
        assert m.exports == []
    with pytest.raises(WasmrtError):
        m.name


def test_serialize_and_deserialize(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wasmrt import Config, Instance, Store
    engine = Engine()
    wat = '(module (func (export "answer") (result i32) i32.const 42))'
    encoded = Module(engine, wat).serialize()
    assert isinstance(encoded, bytearray)
    for module in [Module.deserialize(engine, encoded), Module.deserialize(Engine(), bytes(encoded))]:
        store = Store(module.engine)
        assert Instance(store, module, []).exports(store)["answer"](store) == 42
    path = tmp_path / "m.cwasm"
    path.write_bytes(encoded)
    for p in [path, str(path)]:
        module = Module.deserialize_file(engine, p)
        store = Store(engine)
        assert Instance(store, module, []).exports(store)["answer"](store) == 42
    # Another configuration's, damaged, or not an artefact: errors that say so.
    config = Config()
    config.consume_fuel = True
    with pytest.raises(WasmrtError, match="consume_fuel"):
        Module.deserialize(Engine(config), encoded)
    with pytest.raises(WasmrtError, match="truncated"):
        Module.deserialize(engine, encoded[: len(encoded) // 2])
    with pytest.raises(WasmrtError, match="not a module precompiled by wasmrt"):
        Module.deserialize(engine, wat2wasm(wat))
    with pytest.raises(WasmrtError, match="missing.cwasm"):
        Module.deserialize_file(engine, tmp_path / "missing.cwasm")
    with pytest.raises(TypeError):
        Module.deserialize(engine, "text")  # type: ignore[arg-type]
