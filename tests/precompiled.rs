//! Precompiled modules: `Module::serialize`, `Module::deserialize`,
//! `Module::deserialize_file` and `Engine::precompile_module`. An artefact
//! runs as the module it came from; one made by another configuration, or
//! damaged anywhere (loaded from bytes), is an error and nothing else. (Another
//! version's artefact is refused too: `src/artifact.rs`'s tests, which can
//! write one.)

use wasmrt::*;

const WAT: &str = r#"(module
  (import "host" "double" (func $double (param i32) (result i32)))
  (memory (export "memory") 1 2)
  (data (i32.const 16) "precompiled")
  (table 2 funcref)
  (elem (i32.const 0) $add $sub)
  (global $calls (mut i32) (i32.const 0))
  (func $add (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func $sub (param i32 i32) (result i32) (i32.sub (local.get 0) (local.get 1)))
  (func (export "apply") (param i32 i32 i32) (result i32)
    (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
    (call $double
      (call_indirect (param i32 i32) (result i32)
        (local.get 1) (local.get 2) (local.get 0))))
  (func (export "calls") (result i32) (global.get $calls))
  (func (export "boom") (param i32) (result i32)
    (i32.div_u (i32.const 1) (local.get 0))))"#;

/// Instantiates `module` with its host import and checks what it does.
/// Returns the wasm offset its trap reports (the same for a module and
/// its precompiled copies: the trap and address tables are kept).
fn check_runs(engine: &Engine, module: &Module) -> usize {
    let mut store = Store::new(engine, ());
    let double = Func::wrap(&mut store, |x: i32| x * 2);
    let instance = Instance::new(&mut store, module, &[double.into()]).unwrap();
    let apply = instance
        .get_typed_func::<(i32, i32, i32), i32>(&mut store, "apply")
        .unwrap();
    assert_eq!(apply.call(&mut store, (0, 7, 5)).unwrap(), 24);
    assert_eq!(apply.call(&mut store, (1, 7, 5)).unwrap(), 4);
    let calls = instance
        .get_typed_func::<(), i32>(&mut store, "calls")
        .unwrap();
    assert_eq!(calls.call(&mut store, ()).unwrap(), 2);
    let memory = instance.get_memory(&mut store, "memory").unwrap();
    assert_eq!(&memory.data(&store)[16..27], b"precompiled");
    // Traps keep their code and their wasm frames.
    let boom = instance
        .get_typed_func::<i32, i32>(&mut store, "boom")
        .unwrap();
    let err = boom.call(&mut store, 0).unwrap_err();
    let trap = err.downcast_ref::<Trap>().expect("a trap");
    assert_eq!(trap.code(), TrapCode::IntegerDivisionByZero);
    let frames = trap.trace().frames();
    assert_eq!(frames.len(), 1);
    assert_eq!(frames[0].func_index(), 5);
    frames[0].module_offset().expect("a wasm offset")
}

#[test]
fn a_serialized_module_runs_as_the_original() {
    let engine = Engine::default();
    let module = Module::new(&engine, WAT).unwrap();
    let offset = check_runs(&engine, &module);
    let bytes = module.serialize().unwrap();
    // SAFETY: serialized just now by this engine.
    let loaded = unsafe { Module::deserialize(&engine, &bytes) }.unwrap();
    assert_eq!(check_runs(&engine, &loaded), offset);
    // Each has its own copy of the same code.
    let (a, b) = (module.image_range(), loaded.image_range());
    let len = a.end as usize - a.start as usize;
    assert!(len > 0 && b.end as usize - b.start as usize == len);
    assert!(a.end <= b.start || b.end <= a.start);
    // SAFETY: both ranges are the modules' mapped, readable code.
    let (code_a, code_b) = unsafe {
        (
            std::slice::from_raw_parts(a.start, len),
            std::slice::from_raw_parts(b.start, len),
        )
    };
    assert_eq!(code_a, code_b);
    // Into a fresh engine of the same configuration, and again from there.
    let other = Engine::default();
    // SAFETY: as above.
    let loaded = unsafe { Module::deserialize(&other, &bytes) }.unwrap();
    assert_eq!(check_runs(&other, &loaded), offset);
    assert_eq!(loaded.serialize().unwrap(), bytes);
    assert_eq!(engine.precompile_module(WAT.as_bytes()).unwrap(), bytes);
}

#[test]
fn a_precompiled_file_is_mapped_and_runs() {
    let engine = Engine::default();
    let dir = std::env::temp_dir().join(format!("wasmrt-precompiled-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("module.cwasm");
    let bytes = engine.precompile_module(WAT.as_bytes()).unwrap();
    std::fs::write(&path, &bytes).unwrap();
    let offset = check_runs(&engine, &Module::new(&engine, WAT).unwrap());
    // SAFETY: written just now by this engine, and left alone.
    let module = unsafe { Module::deserialize_file(&engine, &path) }.unwrap();
    // Its tables are read from the file's mapping: the same trap, the same
    // offset, and serializing it again gives the same bytes.
    assert_eq!(check_runs(&engine, &module), offset);
    assert_eq!(module.serialize().unwrap(), bytes);
    drop(module);
    let missing = dir.join("missing.cwasm");
    // SAFETY: nothing is loaded: the file does not exist.
    let err = unsafe { Module::deserialize_file(&engine, &missing) }.unwrap_err();
    assert!(format!("{err:#}").contains("missing.cwasm"), "{err:#}");
    std::fs::remove_dir_all(&dir).unwrap();
}

fn load_error(engine: &Engine, bytes: &[u8]) -> String {
    // SAFETY: the bytes are refused before any of their code runs (the
    // assertion checks that they are).
    match unsafe { Module::deserialize(engine, bytes) } {
        Ok(_) => panic!("damaged or foreign bytes were loaded"),
        Err(e) => format!("{e:#}"),
    }
}

#[test]
fn another_configuration_is_refused_by_name() {
    let mut config = Config::new();
    config.consume_fuel(true);
    let fuel = Engine::new(&config).unwrap();
    let bytes = fuel.precompile_module(WAT.as_bytes()).unwrap();
    let err = load_error(&Engine::default(), &bytes);
    assert_eq!(
        err,
        "the module was precompiled with consume_fuel = true, but this engine has consume_fuel = false"
    );
    let mut config = Config::new();
    config.wasm_simd(false);
    let err = load_error(
        &Engine::new(&config).unwrap(),
        &Engine::default().precompile_module(WAT.as_bytes()).unwrap(),
    );
    assert!(
        err.starts_with("the module was precompiled with features = "),
        "{err}"
    );
}

/// Where the code starts: the metadata ends with the code's offset and
/// length.
fn code_offset(bytes: &[u8]) -> usize {
    let header_len = u32::from_le_bytes(bytes[12..16].try_into().unwrap()) as usize;
    let meta_len_at = 16 + header_len;
    let meta_len =
        u64::from_le_bytes(bytes[meta_len_at..meta_len_at + 8].try_into().unwrap()) as usize;
    let meta_end = meta_len_at + 16 + meta_len;
    u64::from_le_bytes(bytes[meta_end - 16..meta_end - 8].try_into().unwrap()) as usize
}

#[test]
fn truncated_artifacts_are_refused() {
    let engine = Engine::default();
    let bytes = engine.precompile_module(WAT.as_bytes()).unwrap();
    for i in 0..64 {
        let len = bytes.len() * i / 64;
        let err = load_error(&engine, &bytes[..len]);
        assert!(
            err.contains("truncated") || err.contains("no wasmrt header"),
            "cut at {len} of {}: {err}",
            bytes.len()
        );
    }
    // Not an artefact at all: a wasm binary.
    let err = load_error(&engine, &wat::parse_str(WAT).unwrap());
    assert_eq!(
        err,
        "the bytes are not a module precompiled by wasmrt (no wasmrt header)"
    );
}

#[test]
fn a_flipped_byte_is_refused() {
    let engine = Engine::default();
    let bytes = engine.precompile_module(WAT.as_bytes()).unwrap();
    let code = code_offset(&bytes);
    // Every byte of the header and tables, and a spread of the padding,
    // the memory image and the code.
    let mut positions: Vec<usize> = (0..bytes.len())
        .filter(|i| *i < 4096 || i % 251 == 0)
        .collect();
    positions.extend([code - 1, code, bytes.len() - 1]);
    for at in positions {
        for bit in [0x01u8, 0x80] {
            let mut damaged = bytes.clone();
            damaged[at] ^= bit;
            let err = load_error(&engine, &damaged);
            assert!(
                err.contains("damaged")
                    || err.contains("truncated")
                    || err.contains("not a module")
                    || err.contains("precompiled"),
                "byte {at}: {err}"
            );
        }
    }
}
