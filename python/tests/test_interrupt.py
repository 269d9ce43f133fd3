"""Stopping wasm: an interrupt from another thread, epoch deadlines and the
epoch deadline callback."""

import threading
import time

import pytest

from wasmrt import (Config, Engine, Instance, InterruptHandle, Module, Store, Trap, TrapCode,
                    WasmrtError)

LOOP = '(module (func (export "spin") (loop br 0)) (func (export "one") (result i32) i32.const 1))'


def epoch_store() -> Store:
    config = Config()
    config.epoch_interruption = True
    return Store(Engine(config))


def test_interrupt_from_another_thread() -> None:
    store = epoch_store()
    store.set_epoch_deadline(1 << 60)
    spin = Instance(store, Module(store.engine, LOOP), []).exports(store)["spin"]
    handle = store.interrupt_handle()
    assert isinstance(handle, InterruptHandle)
    started = threading.Event()

    def stop() -> None:
        started.wait()
        time.sleep(0.05)
        handle.interrupt()
    t = threading.Thread(target=stop)
    t.start()
    started.set()
    with pytest.raises(Trap) as info:
        spin(store)
    t.join()
    assert info.value.trap_code == TrapCode.INTERRUPT


def test_interrupt_before_running_stops_the_next_call() -> None:
    store = epoch_store()
    store.set_epoch_deadline(1 << 60)
    spin = Instance(store, Module(store.engine, LOOP), []).exports(store)["spin"]
    handle = InterruptHandle(store)
    handle.interrupt()
    with pytest.raises(Trap):
        spin(store)
    handle.close()
    with pytest.raises(WasmrtError):
        handle.interrupt()


def test_interrupt_handle_needs_epoch_interruption() -> None:
    with pytest.raises(WasmrtError):
        Store().interrupt_handle()


def test_epoch_deadline() -> None:
    store = epoch_store()
    e = Instance(store, Module(store.engine, LOOP), []).exports(store)
    store.set_epoch_deadline(1)
    assert e["one"](store) == 1
    store.engine.increment_epoch()
    with pytest.raises(Trap) as info:
        e["spin"](store)
    assert info.value.trap_code == TrapCode.INTERRUPT


def test_epoch_deadline_from_a_timer_thread() -> None:
    store = epoch_store()
    spin = Instance(store, Module(store.engine, LOOP), []).exports(store)["spin"]
    store.set_epoch_deadline(2)
    ticking = threading.Event()
    ticking.set()

    def tick() -> None:
        while ticking.is_set():
            store.engine.increment_epoch()
            time.sleep(0.01)
    t = threading.Thread(target=tick)
    t.start()
    try:
        with pytest.raises(Trap) as info:
            spin(store)
    finally:
        ticking.clear()
        t.join()
    assert info.value.trap_code == TrapCode.INTERRUPT


def test_epoch_deadline_callback() -> None:
    store = epoch_store()
    spin = Instance(store, Module(store.engine, LOOP), []).exports(store)["spin"]
    store.set_epoch_deadline(1)
    calls = []

    class Enough(Exception):
        pass

    def on_deadline() -> int:
        calls.append(1)
        if len(calls) == 3:
            raise Enough()
        return 0  # the deadline is the current epoch again: called once more
    store.epoch_deadline_callback(on_deadline)
    store.engine.increment_epoch()
    with pytest.raises(Enough):
        spin(store)
    assert len(calls) == 3
