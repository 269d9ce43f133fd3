//! Engine configuration beyond the runtime basics: compiler settings
//! (strategy, register allocator, verifier, NaN canonicalization, raw
//! Cranelift flags, target), the perf-map profiler, and the wasmtime
//! settings for what wasmrt does not implement, which must make
//! `Engine::new` fail with a message naming them.

use wasmrt::*;

fn engine_error(config: &Config) -> String {
    match Engine::new(config) {
        Ok(_) => panic!("the engine was made"),
        Err(e) => format!("{e:#}"),
    }
}

/// Compiles and runs `(i32, i32) -> i32` addition.
fn adds(engine: &Engine) {
    let module = Module::new(
        engine,
        r#"(module (func (export "add") (param i32 i32) (result i32)
            (i32.add (local.get 0) (local.get 1))))"#,
    )
    .unwrap();
    let mut store = Store::new(engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let add = instance
        .get_typed_func::<(i32, i32), i32>(&mut store, "add")
        .unwrap();
    assert_eq!(add.call(&mut store, (40, 2)).unwrap(), 42);
}

/// The `key=value` compatibility lines a module of `engine` serializes
/// with (they are text inside the artefact).
fn artefact_has(engine: &Engine, line: &str) -> bool {
    let bytes = Module::new(engine, "(module)")
        .unwrap()
        .serialize()
        .unwrap();
    bytes.windows(line.len()).any(|w| w == line.as_bytes())
}

#[test]
fn unimplemented_proposals_fail_engine_creation_by_name() {
    type Setter = fn(&mut Config, bool) -> &mut Config;
    let cases: [(Setter, &str); 11] = [
        (Config::wasm_tail_call, "tail-call"),
        (Config::wasm_relaxed_simd, "relaxed SIMD"),
        (Config::wasm_memory64, "memory64"),
        (Config::wasm_threads, "threads"),
        (Config::wasm_gc, "GC"),
        (
            Config::wasm_function_references,
            "typed function references",
        ),
        (Config::wasm_exceptions, "exception-handling"),
        (Config::wasm_wide_arithmetic, "wide-arithmetic"),
        (Config::wasm_custom_page_sizes, "custom-page-sizes"),
        (Config::wasm_stack_switching, "stack-switching"),
        (Config::wasm_component_model, "component-model"),
    ];
    for (set, proposal) in cases {
        let mut config = Config::new();
        set(&mut config, true);
        let message = engine_error(&config);
        assert!(
            message.contains(&format!("the WebAssembly {proposal} proposal")),
            "{message}"
        );
        // Switched off again, it is the default configuration.
        set(&mut config, false);
        adds(&Engine::new(&config).unwrap());
    }
}

#[test]
fn guarantees_wasmrt_does_not_give_fail_engine_creation() {
    let message = engine_error(Config::new().signals_based_traps(false));
    assert!(message.contains("signal-based traps"), "{message}");
    let message = engine_error(Config::new().shared_memory(true));
    assert!(message.contains("no shared memories"), "{message}");
    let message = engine_error(Config::new().strategy(Strategy::Winch));
    assert!(message.contains("Cranelift only"), "{message}");
    let message = engine_error(Config::new().profiler(ProfilingStrategy::VTune));
    assert!(message.contains("VTune"), "{message}");
    for strategy in [Strategy::Auto, Strategy::Cranelift] {
        adds(&Engine::new(Config::new().strategy(strategy)).unwrap());
    }
}

#[test]
fn compiler_settings_reach_cranelift() {
    let engine = Engine::new(
        Config::new()
            .cranelift_regalloc_algorithm(RegallocAlgorithm::SinglePass)
            .cranelift_debug_verifier(true),
    )
    .unwrap();
    adds(&engine);
    assert!(artefact_has(
        &engine,
        "cranelift.regalloc_algorithm=single_pass"
    ));
    assert!(artefact_has(&engine, "cranelift.enable_verifier=1"));
    let default = Engine::default();
    assert!(artefact_has(
        &default,
        "cranelift.regalloc_algorithm=backtracking"
    ));
    // A module compiled with other settings is refused by name.
    let bytes = Module::new(&engine, "(module)")
        .unwrap()
        .serialize()
        .unwrap();
    // SAFETY: the bytes come from `serialize`.
    let err = unsafe { Module::deserialize(&default, &bytes) }.unwrap_err();
    let message = format!("{err:#}");
    assert!(message.contains("regalloc_algorithm"), "{message}");
}

/// A module whose `add32`/`add64`/`add32x4` add zero to a NaN given by
/// its bits and return the bits of the result.
const NAN_WAT: &str = r#"(module
  (func (export "add32") (param i32) (result i32)
    (i32.reinterpret_f32 (f32.add (f32.reinterpret_i32 (local.get 0)) (f32.const 0))))
  (func (export "add64") (param i64) (result i64)
    (i64.reinterpret_f64 (f64.add (f64.reinterpret_i64 (local.get 0)) (f64.const 0))))
  (func (export "add32x4") (param i32) (result i32)
    (i32x4.extract_lane 3
      (f32x4.add (i32x4.splat (local.get 0)) (f32x4.splat (f32.const 0))))))"#;

fn nan_results(engine: &Engine) -> (u32, u64, u32) {
    let module = Module::new(engine, NAN_WAT).unwrap();
    let mut store = Store::new(engine, ());
    let i = Instance::new(&mut store, &module, &[]).unwrap();
    let add32 = i.get_typed_func::<u32, u32>(&mut store, "add32").unwrap();
    let add64 = i.get_typed_func::<u64, u64>(&mut store, "add64").unwrap();
    let add32x4 = i.get_typed_func::<u32, u32>(&mut store, "add32x4").unwrap();
    (
        add32.call(&mut store, 0xffa0_0001).unwrap(),
        add64.call(&mut store, 0xfff4_0000_0000_0001).unwrap(),
        add32x4.call(&mut store, 0xffa0_0001).unwrap(),
    )
}

#[test]
fn nan_canonicalization_gives_the_canonical_nan() {
    let canonical = Engine::new(Config::new().cranelift_nan_canonicalization(true)).unwrap();
    assert_eq!(
        nan_results(&canonical),
        (0x7fc0_0000, 0x7ff8_0000_0000_0000, 0x7fc0_0000)
    );
    // Without it the host's NaN comes through: on x86 the input, quieted,
    // sign and payload kept.
    #[cfg(target_arch = "x86_64")]
    assert_eq!(
        nan_results(&Engine::default()),
        (0xffe0_0001, 0xfffc_0000_0000_0001, 0xffe0_0001)
    );
}

/// A configuration with the Cranelift settings `flags` (`None`: enable).
fn with_flags(flags: &[(&str, Option<&str>)]) -> Config {
    let mut config = Config::new();
    for (name, value) in flags {
        // SAFETY: the flags are checked by `Engine::new`, and those it
        // accepts change only how code is generated.
        unsafe {
            match value {
                Some(v) => config.cranelift_flag_set(name, v),
                None => config.cranelift_flag_enable(name),
            };
        }
    }
    config
}

#[test]
fn cranelift_flags_are_checked_when_the_engine_is_made() {
    let message = engine_error(&with_flags(&[("no_such_flag", None)]));
    assert_eq!(message, "unknown Cranelift setting `no_such_flag`");
    let message = engine_error(&with_flags(&[("opt_level", Some("fastest"))]));
    assert!(
        message.starts_with("bad value `fastest` for the Cranelift setting `opt_level`: expected"),
        "{message}"
    );
    let message = engine_error(&with_flags(&[("opt_level", None)]));
    assert!(message.contains("is not a boolean"), "{message}");
    let message = engine_error(&with_flags(&[("preserve_frame_pointers", Some("false"))]));
    assert!(
        message.contains("`preserve_frame_pointers` must stay `true`"),
        "{message}"
    );
    // Repeating what wasmrt sets is fine, however it is spelled.
    let engine = Engine::new(&with_flags(&[("preserve_frame_pointers", None)])).unwrap();
    adds(&engine);
    let engine = Engine::new(&with_flags(&[
        ("preserve_frame_pointers", Some("1")),
        ("enable_probestack", Some("off")),
    ]))
    .unwrap();
    adds(&engine);
    let message = engine_error(&with_flags(&[("libcall_call_conv", Some("preserve_all"))]));
    assert!(
        message.contains("`libcall_call_conv` must stay `isa_default`"),
        "{message}"
    );

    // A shared setting and a host ISA setting, both carried into the
    // artefact's compatibility lines.
    let engine = Engine::new(&with_flags(&[
        ("opt_level", Some("none")),
        ("has_avx2", Some("false")),
    ]))
    .unwrap();
    adds(&engine);
    assert!(artefact_has(&engine, "cranelift.opt_level=none"));
    #[cfg(target_arch = "x86_64")]
    assert!(artefact_has(&engine, "cranelift.has_avx2=0"));
}

#[cfg(target_arch = "x86_64")]
#[test]
fn cpu_features_the_host_lacks_are_refused() {
    // The x86 features Cranelift knows, and whether this host has them.
    let native = cranelift_native::builder().unwrap();
    let isa = native
        .finish(cranelift_codegen::settings::Flags::new(
            cranelift_codegen::settings::builder(),
        ))
        .unwrap();
    let flags = isa.isa_flags();
    let lacking = flags
        .iter()
        .find(|v| v.name.starts_with("has_") && v.as_bool() == Some(false));
    let having = flags
        .iter()
        .find(|v| v.name.starts_with("has_") && v.as_bool() == Some(true))
        .expect("an x86-64 host has SSE3 at least");
    adds(&Engine::new(&with_flags(&[(having.name, None)])).unwrap());
    match lacking {
        Some(flag) => {
            for value in [None, Some("true"), Some("1"), Some("on")] {
                let message = engine_error(&with_flags(&[(flag.name, value)]));
                assert!(
                    message.contains(&format!("`{}` asks for a CPU feature", flag.name)),
                    "{message}"
                );
            }
        }
        None => eprintln!("skipped: this host has every x86 feature Cranelift knows"),
    }
    // Presets turn on several features at once: each either fits the host
    // (and its engine runs code) or is refused for the feature it lacks.
    let presets: Vec<&str> = native
        .iter()
        .filter(|s| s.kind == cranelift_codegen::settings::SettingKind::Preset)
        .map(|s| s.name)
        .collect();
    assert!(presets.contains(&"skylake"), "{presets:?}");
    for preset in presets {
        match Engine::new(&with_flags(&[(preset, None)])) {
            Ok(engine) => adds(&engine),
            Err(e) => assert!(
                e.to_string()
                    .contains("asks for a CPU feature this host does not have"),
                "{preset}: {e}"
            ),
        }
    }
}

#[test]
fn only_the_host_target_is_accepted() {
    let arch = std::env::consts::ARCH;
    Config::new()
        .target(&format!("{arch}-unknown-linux-gnu"))
        .unwrap();
    Config::new().target(&format!("{arch}-linux")).unwrap();
    let other = if arch == "x86_64" {
        "aarch64"
    } else {
        "x86_64"
    };
    let err = Config::new()
        .target(&format!("{other}-unknown-linux-gnu"))
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("wasmrt compiles only for the host ("),
        "{err}"
    );
    let err = Config::new().target("not a triple").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("`not a triple` is not a target triple: "),
        "{err}"
    );
}

#[test]
fn the_perf_map_names_every_function_where_it_lies() {
    // Lines of an earlier process with this pid would be kept (the map is
    // appended to); this test is the only one here that opens it.
    let path = format!("/tmp/perf-{}.map", std::process::id());
    let _ = std::fs::remove_file(&path);
    let engine = Engine::new(Config::new().profiler(ProfilingStrategy::PerfMap)).unwrap();
    let module = Module::new(
        &engine,
        r#"(module $profiled
            (func $first (export "first") (result i32) (i32.const 1))
            (func $second (export "second") (result i32) (i32.const 2)))"#,
    )
    .unwrap();
    let code = module.image_range();
    let map = std::fs::read_to_string(&path).unwrap();
    for name in [
        "profiled::function[0]::first",
        "profiled::function[1]::second",
    ] {
        let line = map
            .lines()
            .find(|l| l.ends_with(name))
            .unwrap_or_else(|| panic!("no line for {name} in\n{map}"));
        let mut fields = line.split(' ');
        let start = usize::from_str_radix(fields.next().unwrap(), 16).unwrap();
        let len = usize::from_str_radix(fields.next().unwrap(), 16).unwrap();
        assert!(len > 0, "{line}");
        assert!(
            start >= code.start as usize && start + len <= code.end as usize,
            "{line} is outside the module's code {code:?}"
        );
    }
}

#[test]
fn wasmtime_tuning_settings_are_accepted_and_change_no_result() {
    let mut config = Config::new();
    config
        .debug_info(true)
        .native_unwind_info(false)
        .macos_use_mach_ports(false)
        .memory_init_cow(false)
        .memory_may_move(false)
        .memory_reservation(1 << 20)
        .memory_guard_size(1 << 16)
        .memory_reservation_for_growth(0)
        .gc_support(true)
        .relaxed_simd_deterministic(true)
        .wasm_branch_hinting(true);
    let engine = Engine::new(&config).unwrap();
    adds(&engine);
    assert_eq!(
        nan_results(&engine),
        nan_results(&Engine::default()),
        "the same results as a default engine"
    );
    // A memory grows past the "reservation" and stays where it was.
    let module = Module::new(
        &engine,
        r#"(module (memory (export "m") 1)
            (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let memory = instance.get_memory(&mut store, "m").unwrap();
    let grow = instance
        .get_typed_func::<i32, i32>(&mut store, "grow")
        .unwrap();
    let base = memory.data(&store).as_ptr();
    assert_eq!(grow.call(&mut store, 40).unwrap(), 1);
    assert_eq!(memory.data_size(&store), 41 << 16);
    assert_eq!(memory.data(&store).as_ptr(), base);
}

/// The little-endian u32 and u64 at `at` in `bytes`.
fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap())
}
fn u64_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap())
}

#[test]
fn the_jitdump_holds_every_function_with_its_code() {
    let engine = Engine::new(Config::new().profiler(ProfilingStrategy::JitDump)).unwrap();
    let module = Module::new(
        &engine,
        r#"(module $dumped
            (func $seven (export "seven") (result i32) (i32.const 7)))"#,
    )
    .unwrap();
    let dump = std::fs::read(format!("/tmp/jit-{}.dump", std::process::id())).unwrap();
    // The header: magic "JiTD", version 1, its size, this process.
    assert_eq!(u32_at(&dump, 0), 0x4A69_5444);
    assert_eq!(u32_at(&dump, 4), 1);
    let header = u32_at(&dump, 8) as usize;
    assert_eq!(header, 40);
    #[cfg(target_arch = "x86_64")]
    assert_eq!(u32_at(&dump, 12), 62);
    assert_eq!(u32_at(&dump, 20), std::process::id());
    // Code-load records: find the function's, and check its code is the
    // module's bytes at its address.
    let code = module.image_range();
    let mut at = header;
    let mut found = false;
    while at < dump.len() {
        let (id, size) = (u32_at(&dump, at), u32_at(&dump, at + 4) as usize);
        assert_eq!(id, 0, "only code-load records");
        let (vma, addr, len) = (
            u64_at(&dump, at + 24),
            u64_at(&dump, at + 32),
            u64_at(&dump, at + 40) as usize,
        );
        let name_at = at + 56;
        let name_end = name_at + dump[name_at..].iter().position(|&b| b == 0).unwrap();
        let name = std::str::from_utf8(&dump[name_at..name_end]).unwrap();
        assert_eq!(size, name_end + 1 + len - at, "{name}");
        if name == "dumped::function[0]::seven" {
            assert_eq!(vma, addr);
            let start = addr as usize;
            assert!(start >= code.start as usize && start + len <= code.end as usize);
            // SAFETY: the range lies inside the module's published code.
            let live = unsafe { std::slice::from_raw_parts(start as *const u8, len) };
            assert_eq!(&dump[name_end + 1..name_end + 1 + len], live);
            found = true;
        }
        at += size;
    }
    assert_eq!(at, dump.len());
    assert!(found, "no record for the function");
}
