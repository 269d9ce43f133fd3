//! Modules built to make a compiler slow: millions of blocks, nesting a
//! hundred thousand deep, and text that is one enormous line. Each must
//! compile (to code that runs correctly) or fail with a short error; the
//! time and memory they take are recorded in the issue notes, not asserted.

use wasmrt::{Config, Engine, Instance, Module, Store};

fn leb(mut v: usize, out: &mut Vec<u8>) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A module with one exported function `f: [] -> [i32]` whose body
/// (without its locals declaration) is `code`.
fn module(code: &[u8]) -> Vec<u8> {
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    wasm.extend_from_slice(&[1, 5, 1, 0x60, 0, 1, 0x7f]); // type 0: [] -> [i32]
    wasm.extend_from_slice(&[3, 2, 1, 0]); // function 0: type 0
    wasm.extend_from_slice(&[7, 5, 1, 1, b'f', 0, 0]); // export "f"
    let mut body = vec![0]; // no locals
    body.extend_from_slice(code);
    let mut section = vec![1];
    leb(body.len(), &mut section);
    section.extend(body);
    wasm.push(10);
    leb(section.len(), &mut wasm);
    wasm.extend(section);
    wasm
}

/// Compiles and runs `f` on a thread with a large stack: the deepest of
/// these functions need large frames.
fn run(wasm: &[u8]) -> i32 {
    let wasm = wasm.to_vec();
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || run_here(&wasm))
        .unwrap()
        .join()
        .unwrap()
}

fn run_here(wasm: &[u8]) -> i32 {
    let mut config = Config::new();
    config.max_wasm_stack(32 << 20);
    let engine = Engine::new(&config).unwrap();
    let module = Module::new(&engine, wasm).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let f = instance.get_typed_func::<(), i32>(&mut store, "f").unwrap();
    f.call(&mut store, ()).unwrap()
}

#[test]
fn two_and_a_half_million_nested_blocks() {
    // (block (result i32)) × n, i32.const 5, br out of all of them,
    // end × n.
    let n = 2_500_000;
    let mut code = Vec::with_capacity(3 * n + 8);
    for _ in 0..n {
        code.extend_from_slice(&[0x02, 0x7f]);
    }
    code.extend_from_slice(&[0x41, 0x05, 0x0c]); // i32.const 5, br n-1
    leb(n - 1, &mut code);
    code.extend(std::iter::repeat_n(0x0b, n + 1));
    assert_eq!(run(&module(&code)), 5);
}

#[test]
fn two_and_a_half_million_blocks_in_a_row() {
    // (block) × n, then i32.const 9.
    let n = 2_500_000;
    let mut code = Vec::with_capacity(3 * n + 4);
    for _ in 0..n {
        code.extend_from_slice(&[0x02, 0x40, 0x0b]);
    }
    code.extend_from_slice(&[0x41, 0x09, 0x0b]);
    assert_eq!(run(&module(&code)), 9);
}

#[test]
fn hundred_thousand_nested_ifs_with_results() {
    // i32.const 1, if (result i32) × n, i32.const 7,
    // (else i32.const 0 end) × n: every condition is true, so 7.
    let n = 100_000;
    let mut code = Vec::new();
    for _ in 0..n {
        code.extend_from_slice(&[0x41, 0x01, 0x04, 0x7f]);
    }
    code.extend_from_slice(&[0x41, 0x07]);
    for _ in 0..n {
        code.extend_from_slice(&[0x05, 0x41, 0x00, 0x0b]);
    }
    code.push(0x0b);
    assert_eq!(run(&module(&code)), 7);
}

#[test]
fn a_syntax_error_in_a_huge_line_gives_a_short_message() {
    let mut text = String::from("(module (func (result i32) i32.const 1 i32.frobnicate");
    text.push_str(&" nop".repeat(5_000_000));
    text.push_str("))");
    let err = Module::new(&Engine::default(), &text).unwrap_err();
    let message = format!("{err:#}");
    assert!(message.contains("unknown operator"), "{message:.300}");
    assert!(
        message.len() < 1_000,
        "{} bytes: {message:.300}",
        message.len()
    );
}
