"""The pooling allocator: a store's slots are given back, reset, when the
store goes; a full pool and modules that do not fit are refused; bad
settings are refused. Pools are kept small: each memory slot reserves
8 GiB of address space."""

import ctypes
import gc

import pytest

import wasmrt
from wasmrt import (Config, Engine, Instance, Module, PoolingAllocationConfig, Store,
                    WasmrtError)

PAGE = 65536
DATA = b"hello, pool"
WAT = """(module (memory (export "m") 1)
  (data (i32.const 16) "hello, pool")
  (func (export "scribble") (param i32)
    (memory.fill (i32.const 0) (local.get 0) (i32.const %d))))""" % PAGE
OTHER_DATA = b"another module"
OTHER_WAT = """(module (memory (export "m") 1)
  (data (i32.const 1000) "another module"))"""

U32_SETTINGS = ["total_core_instances", "total_memories", "total_tables",
                "max_memories_per_module", "max_tables_per_module", "max_unused_warm_slots"]
SIZE_SETTINGS = ["max_memory_size", "table_elements", "max_core_instance_size",
                 "linear_memory_keep_resident", "table_keep_resident"]
SIZE_MAX = (1 << (8 * ctypes.sizeof(ctypes.c_size_t))) - 1


def pooled_engine(**settings: int) -> Engine:
    pooling = PoolingAllocationConfig()
    pooling.total_memories = 1
    pooling.total_tables = 1
    pooling.total_core_instances = 4
    for name, value in settings.items():
        setattr(pooling, name, value)
    config = Config()
    config.allocation_strategy = pooling
    pooling.close()  # the settings were copied
    return Engine(config)


def expected_memory(at: int, data: bytes) -> bytes:
    return bytes(at) + data + bytes(PAGE - at - len(data))


def base_of(memory: wasmrt.Memory, store: Store) -> int:
    return ctypes.addressof(memory.data_ptr(store).contents)


@pytest.mark.parametrize("keep_resident", [0, PAGE, 3 * PAGE])
def test_a_slot_is_reused_and_reset_across_stores(keep_resident: int) -> None:
    engine = pooled_engine(linear_memory_keep_resident=keep_resident)
    module = Module(engine, WAT)
    bases = set()
    for round in range(4):
        store = Store(engine)
        exports = Instance(store, module, []).exports(store)
        memory = exports["m"]
        assert memory.size(store) == 1
        assert bytes(memory.read(store)) == expected_memory(16, DATA)
        bases.add(base_of(memory, store))
        # Scribble over everything, data segment included, and grow.
        exports["scribble"](store, 0xA5 + round)
        assert memory.grow(store, 2) == 1
        memory.write(store, b"\x5a" * PAGE, 2 * PAGE)
        memory.write(store, b"dirty", PAGE - 5)
        assert bytes(memory.read(store, 0, 16)) == bytes([0xA5 + round]) * 16
        store.close()
    # total_memories is 1: every round had the same slot.
    assert len(bases) == 1


def test_a_dropped_store_gives_its_slot_back() -> None:
    engine = pooled_engine()
    module = Module(engine, WAT)
    store = Store(engine)
    exports = Instance(store, module, []).exports(store)
    exports["scribble"](store, 1)
    del store, exports
    gc.collect()
    store = Store(engine)
    memory = Instance(store, module, []).exports(store)["m"]
    assert bytes(memory.read(store)) == expected_memory(16, DATA)


def test_a_slot_used_by_another_module_is_reset() -> None:
    engine = pooled_engine(max_unused_warm_slots=0)
    module, other = Module(engine, WAT), Module(engine, OTHER_WAT)
    for m, at, data in [(module, 16, DATA), (other, 1000, OTHER_DATA), (module, 16, DATA),
                        (other, 1000, OTHER_DATA)]:
        with Store(engine) as store:
            memory = Instance(store, m, []).exports(store)["m"]
            assert bytes(memory.read(store)) == expected_memory(at, data)
            memory.write(store, b"\xff" * PAGE, 0)


def test_a_full_pool_refuses_instances() -> None:
    engine = pooled_engine()
    module = Module(engine, WAT)
    first = Store(engine)
    Instance(first, module, [])
    second = Store(engine)
    with pytest.raises(WasmrtError) as info:
        Instance(second, module, [])
    assert "maximum concurrent limit of 1 for memories reached" in str(info.value)
    with pytest.raises(WasmrtError):
        Instance(first, module, [])  # the same store: still one slot
    first.close()
    memory = Instance(second, module, []).exports(second)["m"]
    assert bytes(memory.read(second, 16, 16 + len(DATA))) == DATA


def test_tables_and_instances_have_limits_too() -> None:
    engine = pooled_engine(total_memories=0)
    tables = Module(engine, "(module (table 1 funcref))")
    store = Store(engine)
    Instance(store, tables, [])
    with pytest.raises(WasmrtError) as info:
        Instance(store, tables, [])
    assert "maximum concurrent limit of 1 for tables reached" in str(info.value)
    engine = pooled_engine(total_memories=0, total_core_instances=2)
    empty = Module(engine, "(module)")
    store = Store(engine)
    Instance(store, empty, [])
    Instance(store, empty, [])
    with pytest.raises(WasmrtError) as info:
        Instance(store, empty, [])
    assert "maximum concurrent limit of 2 for core instances reached" in str(info.value)
    store.close()
    Instance(Store(engine), empty, [])
    # No memory slots at all: a module with a memory compiles but cannot
    # be instantiated.
    with pytest.raises(WasmrtError) as info:
        Instance(Store(engine), Module(engine, WAT), [])
    assert "maximum concurrent limit of 0 for memories reached" in str(info.value)


def test_modules_that_do_not_fit_are_refused() -> None:
    engine = pooled_engine(max_memory_size=2 * PAGE, table_elements=10)
    Module(engine, "(module (memory 2))")
    with pytest.raises(WasmrtError) as info:
        Module(engine, "(module (memory 3))")
    assert "module memory does not fit in pooling allocator requirements" in str(info.value)
    with pytest.raises(WasmrtError) as info:
        Module(engine, "(module (table 11 funcref))")
    assert "module table does not fit in pooling allocator requirements" in str(info.value)
    # The same modules are fine on demand.
    Module(Engine(), "(module (memory 3) (table 11 funcref))")
    # A pooled memory grows up to max_memory_size and no further.
    store = Store(engine)
    memory = Instance(store, Module(engine, WAT), []).exports(store)["m"]
    assert memory.grow(store, 1) == 1
    with pytest.raises(WasmrtError):
        memory.grow(store, 1)
    assert memory.size(store) == 2


def test_memories_per_module() -> None:
    pooling = PoolingAllocationConfig()
    pooling.total_memories = 2
    pooling.total_tables = 0
    config = Config()
    config.wasm_multi_memory = True
    config.allocation_strategy = pooling
    engine = Engine(config)
    with pytest.raises(WasmrtError) as info:
        Module(engine, "(module (memory 1) (memory 1))")
    assert "module memory does not fit in pooling allocator requirements" in str(info.value)
    pooling.max_memories_per_module = 2
    config = Config()
    config.wasm_multi_memory = True
    config.allocation_strategy = pooling
    engine = Engine(config)
    store = Store(engine)
    Instance(store, Module(engine, "(module (memory 1) (memory 1))"), [])


def test_settings_are_copied() -> None:
    pooling = PoolingAllocationConfig()
    pooling.total_memories = 1
    pooling.total_tables = 0
    config = Config()
    config.allocation_strategy = pooling
    pooling.total_memories = 2  # too late for `config`
    engine = Engine(config)
    module = Module(engine, WAT)
    a, b = Store(engine), Store(engine)
    Instance(a, module, [])
    with pytest.raises(WasmrtError) as info:
        Instance(b, module, [])
    assert "limit of 1 for memories" in str(info.value)
    a.close()
    b.close()
    # Still the caller's: usable for another Config, then closed.
    config = Config()
    config.allocation_strategy = pooling
    engine = Engine(config)
    module = Module(engine, WAT)
    a, b = Store(engine), Store(engine)
    Instance(a, module, [])
    Instance(b, module, [])
    pooling.close()


@pytest.mark.parametrize("name", U32_SETTINGS + SIZE_SETTINGS)
def test_bad_setting_values_are_refused(name: str) -> None:
    pooling = PoolingAllocationConfig()
    for value in ("1", 1.0, None, True, False):
        with pytest.raises(TypeError) as wrong_type:
            setattr(pooling, name, value)
        assert isinstance(wrong_type.value, WasmrtError)
        assert name in str(wrong_type.value)
    with pytest.raises(WasmrtError) as info:
        setattr(pooling, name, -1)
    assert "%s may not be negative" % name == str(info.value)
    most = (1 << 32) - 1 if name in U32_SETTINGS else SIZE_MAX
    with pytest.raises(WasmrtError) as info:
        setattr(pooling, name, most + 1)
    assert str(info.value).startswith("%s out of range" % name)
    setattr(pooling, name, most)
    setattr(pooling, name, 0)
    with pytest.raises(AttributeError):
        getattr(pooling, name)  # write-only, as Config's options


def test_closed_and_consumed_objects() -> None:
    pooling = PoolingAllocationConfig()
    pooling.close()
    pooling.close()
    with pytest.raises(WasmrtError):
        pooling.total_memories = 1
    with pytest.raises(ValueError):  # as for Config
        pooling.max_memory_size = PAGE
    with pytest.raises(ValueError):
        Config().allocation_strategy = pooling
    with PoolingAllocationConfig() as pooling:
        pooling.total_memories = 1
    with pytest.raises(ValueError):
        pooling.total_memories = 1
    # A Config consumed by its Engine refuses the option, as it refuses others.
    config = Config()
    Engine(config)
    live = PoolingAllocationConfig()
    for value in (live, "pooling", "on_demand"):
        with pytest.raises(WasmrtError):
            config.allocation_strategy = value
        with pytest.raises(ValueError):
            config.allocation_strategy = value
    live.total_memories = 1  # unaffected


def test_allocation_strategy_values() -> None:
    config = Config()
    config.allocation_strategy = "on_demand"  # the default, on a fresh Config
    engine = Engine(config)
    module = Module(engine, WAT)
    stores = [Store(engine) for _ in range(3)]
    for store in stores:
        Instance(store, module, [])  # no pool to run out of
    config = Config()
    for wrong in (1, None, True, b"pooling", Config(), Engine()):
        with pytest.raises(TypeError):
            config.allocation_strategy = wrong  # type: ignore[assignment]
    for unknown in ("on-demand", "Pooling", "pooled", ""):
        with pytest.raises(WasmrtError) as info:
            config.allocation_strategy = unknown
        assert "unknown allocation strategy" in str(info.value)
    with pytest.raises(AttributeError):
        config.allocation_strategy  # write-only
    # "pooling" (default settings) is not turned into an engine here: its
    # 1000 memory slots would reserve 8 TiB of address space.
    config.allocation_strategy = "pooling"
    config.allocation_strategy = "pooling"
    with pytest.raises(WasmrtError) as info:
        config.allocation_strategy = "on_demand"
    assert "on_demand" in str(info.value)
    pooling = PoolingAllocationConfig()
    pooling.total_memories = 1
    config = Config()
    config.allocation_strategy = pooling
    with pytest.raises(WasmrtError):
        config.allocation_strategy = "on_demand"


def test_exported() -> None:
    assert "PoolingAllocationConfig" in wasmrt.__all__
    assert wasmrt.PoolingAllocationConfig is PoolingAllocationConfig
