//! Modules the differential fuzzer (`fuzz/`) found engines to disagree on,
//! run on wasmrt with the answer the spec gives. Each lives in
//! `fuzz/corpus/` with a comment saying where it came from; these are
//! wasmi 2.0.0's miscompilations and a translator panic (wasmrt and wasmtime agree with the spec),
//! kept here so that wasmrt never starts to share them.

use std::path::Path;
use wasmrt::*;

fn run_corpus_module<R: WasmResults>(name: &str) -> R {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let engine = Engine::default();
    let module = Module::new(&engine, &text).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let run = instance.get_typed_func::<(), R>(&mut store, "run").unwrap();
    run.call(&mut store, ()).unwrap()
}

#[test]
fn a_loop_pops_only_its_parameters() {
    // The value under the loop's parameter (15, from `local.tee`) survives
    // the loop; wasmi 2.0.0 replaced it with the parameter (7).
    assert_eq!(run_corpus_module::<i64>("wasmi-loop-params.wat"), 15);
}

#[test]
fn an_if_pops_only_its_parameters() {
    // The bits of the 1.0 under the `if`'s parameter survive it; wasmi
    // 2.0.0 left a varying value there.
    assert_eq!(
        run_corpus_module::<i32>("wasmi-if-params.wat"),
        1.0f32.to_bits() as i32
    );
}

#[test]
fn a_store_with_a_large_offset_compiles_and_stores() {
    // wasmi 2.0.0's translator panicked on this valid module.
    assert_eq!(run_corpus_module::<i32>("wasmi-store-offset-panic.wat"), 7);
}

#[test]
fn store_lane_with_a_large_offset_stores_the_lane() {
    // Lane 0 of the splat, stored at 0 + offset 65540; wasmi 2.0.0 stored
    // a varying byte or wrote outside memory.
    assert_eq!(run_corpus_module::<i32>("wasmi-store-lane-offset.wat"), 7);
}

#[test]
fn select_tests_the_eqz_of_a_local() {
    // `i32.eqz` of local 0 (0) is 1, so `select` picks 0; wasmi 2.0.0
    // tested a stale register and picked 7.
    assert_eq!(run_corpus_module::<i32>("wasmi-select-eqz-slot.wat"), 0);
}

#[test]
fn br_table_carries_a_v128_past_dropped_operands() {
    // Lane 0 of the v128 the br_table carried; wasmi 2.0.0 shifted the
    // value by one 64-bit slot.
    assert_eq!(
        run_corpus_module::<i32>("wasmi-br-table-v128.wat"),
        0x8db99e26u32 as i32
    );
}

#[test]
fn br_table_carries_two_values_past_dropped_operands() {
    // (5, 6) reach the block: 5 * 10 + 6; wasmi 2.0.0 delivered (6, 6).
    assert_eq!(
        run_corpus_module::<i64>("wasmi-br-table-two-values.wat"),
        56
    );
}
