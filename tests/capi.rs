//! The C API from C: every program in `tests/capi/` is compiled against
//! `include/` and the `libwasmrt.so` this build made, and run; the headers
//! must match a fresh generation, compile alone in C99, C11, C++11 and
//! C++17 with every warning an error, and every exported function must be
//! called by some C test.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The folder holding the `libwasmrt.so` built with this test binary
/// (`target/<profile>/`, the test binary being in its `deps/`).
fn library_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>/deps/<test>")
        .to_path_buf();
    assert!(
        dir.join("libwasmrt.so").exists(),
        "libwasmrt.so is not in {}: run `cargo build --release` before the tests \
         (the README's test command does)",
        dir.display()
    );
    dir
}

fn c_compiler() -> String {
    std::env::var("CC").unwrap_or_else(|_| "cc".to_string())
}

/// A scratch folder for this test binary's outputs. It also holds
/// `libwasmrt.so.0`, a link to the library under its SONAME, which is the
/// name the programs linked against it look for.
fn scratch() -> PathBuf {
    let dir = library_dir().join("capi-tests");
    std::fs::create_dir_all(&dir).expect("creating the scratch folder");
    let soname = dir.join(concat!("libwasmrt.so.", env!("CARGO_PKG_VERSION_MAJOR")));
    if std::fs::symlink_metadata(&soname).is_err() {
        match std::os::unix::fs::symlink(library_dir().join("libwasmrt.so"), &soname) {
            Ok(()) => {}
            // Another test made it first.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => panic!("linking {}: {e}", soname.display()),
        }
    }
    dir
}

fn c_tests() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/capi"))
        .expect("tests/capi exists")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    files.sort();
    files
}

/// Compiles a C test against the headers and the library; returns the
/// executable.
fn build(source: &Path) -> PathBuf {
    let name = source.file_stem().expect("a file name").to_string_lossy();
    build_as(source, &name, &[])
}

/// Compiles a C test with `defines` (`-D` flags) into the executable
/// `name`, and returns it.
fn build_as(source: &Path, name: &str, defines: &[&str]) -> PathBuf {
    let lib = library_dir();
    let exe = scratch().join(name);
    let output = Command::new(c_compiler())
        .args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-g"])
        .args(defines)
        .arg("-I")
        .arg(root().join("include"))
        .arg(source)
        .arg("-o")
        .arg(&exe)
        .arg(format!("-L{}", lib.display()))
        .arg(format!("-Wl,-rpath,{}", scratch().display()))
        .args(["-lwasmrt", "-lpthread"])
        .output()
        .expect("running the C compiler");
    assert!(
        output.status.success(),
        "compiling {} failed:\n{}",
        source.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    exe
}

#[test]
fn c_programs_run() {
    let tests = c_tests();
    assert!(!tests.is_empty(), "no C tests in tests/capi");
    for source in tests {
        let exe = build(&source);
        let output = Command::new(&exe).output().expect("running a C test");
        let name = source.file_name().unwrap().to_string_lossy();
        assert!(
            output.status.success(),
            "{name} failed ({}):\nstdout:\n{}\nstderr:\n{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        println!("{name}: {}", String::from_utf8_lossy(&output.stdout).trim());
    }
}

#[test]
fn committed_headers_match_a_fresh_generation() {
    let generated = Path::new(env!("WASMRT_GENERATED_HEADERS"));
    for header in ["wasm.h", "wasi.h", "wasmrt.h"] {
        let fresh = std::fs::read_to_string(generated.join(header)).expect("a generated header");
        let committed = std::fs::read_to_string(root().join("include").join(header))
            .unwrap_or_else(|e| panic!("include/{header}: {e}"));
        assert!(
            fresh == committed,
            "include/{header} is stale: run `WASMRT_UPDATE_HEADERS=1 cargo build --release` and commit it"
        );
    }
}

#[test]
fn headers_compile_alone_in_c_and_cpp() {
    let dir = scratch();
    let cxx = std::env::var("CXX").unwrap_or_else(|_| "c++".to_string());
    // Each alone, and together, some twice (as in a program including
    // wasm.h, then wasi.h, then wasmrt.h, or wasmrt.h before wasi.h).
    for headers in [
        &["wasm.h"][..],
        &["wasi.h"],
        &["wasmrt.h"],
        &["wasm.h", "wasmrt.h", "wasm.h"],
        &["wasm.h", "wasi.h", "wasmrt.h", "wasi.h"],
        &["wasmrt.h", "wasi.h", "wasm.h"],
    ] {
        let header = headers.join(" + ");
        let includes: String = headers
            .iter()
            .map(|h| format!("#include \"{h}\"\n"))
            .collect();
        for (compiler, std, ext) in [
            (c_compiler(), "c99", "c"),
            (c_compiler(), "c11", "c"),
            (cxx.clone(), "c++11", "cc"),
            (cxx.clone(), "c++17", "cc"),
        ] {
            let name: String = header.chars().filter(char::is_ascii_alphanumeric).collect();
            let source = dir.join(format!("alone-{name}-{std}.{ext}"));
            std::fs::write(
                &source,
                format!("{includes}int main(void) {{ return 0; }}\n"),
            )
            .expect("writing a source");
            let output = Command::new(&compiler)
                .arg(format!("-std={std}"))
                .args(["-Wall", "-Wextra", "-Werror", "-pedantic", "-fsyntax-only"])
                .arg("-I")
                .arg(root().join("include"))
                .arg(&source)
                .output()
                .expect("running the compiler");
            assert!(
                output.status.success(),
                "{header} does not compile alone (or twice) as {std}:\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
}

#[test]
fn every_exported_function_is_called_by_a_c_test() {
    let lib = library_dir().join("libwasmrt.so");
    let output = Command::new("nm")
        .args(["-D", "--defined-only"])
        .arg(&lib)
        .output()
        .expect("running nm");
    assert!(output.status.success(), "nm failed");
    let symbols: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| {
            let mut fields = l.split_whitespace();
            let (_, kind, name) = (fields.next()?, fields.next()?, fields.next()?);
            (kind == "T"
                && ["wasm_", "wasmrt_", "wasi_"]
                    .iter()
                    .any(|prefix| name.starts_with(prefix)))
            .then(|| name.to_string())
        })
        .collect();
    assert!(
        symbols.len() > 50,
        "only {} exported functions found",
        symbols.len()
    );
    let mut sources_files = c_tests();
    sources_files.push(root().join("tests/capi/check.h"));
    let sources: String = sources_files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("reading a C test"))
        .collect();
    let uncalled: Vec<&String> = symbols
        .iter()
        .filter(|s| !sources.contains(&format!("{s}(")))
        .collect();
    assert!(
        uncalled.is_empty(),
        "exported functions no C test in tests/capi calls: {uncalled:?}"
    );
}

/// A program written for wasmtime's C API, renamed `wasmtime` -> `wasmrt`
/// as a user moving over would, compiles with every warning an error and
/// prints exactly what it printed under wasmtime 48
/// (`tests/capi/compat/expected_output.txt`, recorded with the C library
/// of wasmtime's PyPI wheel 48.0.0 and its crate's headers).
#[test]
fn a_wasmtime_program_renamed_prints_what_it_printed_under_wasmtime() {
    let compat = root().join("tests/capi/compat");
    let original = std::fs::read_to_string(compat.join("wasmtime_program.c")).expect("the program");
    let renamed = original
        .replace("wasmtime", "wasmrt")
        .replace("WASMTIME", "WASMRT");
    let source = scratch().join("wasmrt_program.c");
    std::fs::write(&source, renamed).expect("writing the renamed program");
    assert_prints(&build(&source), &compat.join("expected_output.txt"));
}

/// Runs `exe`, which must succeed and print exactly the contents of
/// `expected`.
fn assert_prints(exe: &Path, expected: &Path) {
    let output = Command::new(exe).output().expect("running the program");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the program failed ({}):\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let expected = std::fs::read_to_string(expected).expect("the expected output");
    assert_eq!(stdout, expected);
}

/// A program written for the standard `wasm.h` alone, compiled unmodified
/// with every warning an error, prints exactly what it printed under
/// wasmtime 48 (`tests/capi/compat/wasm_program_expected.txt`, recorded
/// with the C library of wasmtime's PyPI wheel 48.0.0 and its headers).
#[test]
fn a_wasm_h_program_prints_what_it_printed_under_wasmtime() {
    let compat = root().join("tests/capi/compat");
    let exe = build(&compat.join("wasm_program.c"));
    assert_prints(&exe, &compat.join("wasm_program_expected.txt"));
}

/// The C programs whose wasm never traps through a signal run under
/// valgrind's memcheck: no invalid access, no use of uninitialised memory,
/// no definite leak (`tests/capi/valgrind.supp` holds the one suppression,
/// a false positive inside wasmparser, with its reasons). The programs
/// whose wasm divides by zero (`calls.c`, `unchecked.c`) are left out, and
/// the wasm.h program is built without its division by zero
/// (`-DWASM_PROGRAM_NO_DIVIDE_BY_ZERO`): valgrind reports the pc of its
/// emulated `div` some bytes before the instruction, and wasmrt
/// recognises a trap only at its exact pc, so under valgrind (only) the
/// SIGFPE goes to the default action (wasmtime 48 dies the same way).
/// `memory.c` is built without its out-of-bounds accesses
/// (`-DWASM_TEST_NO_GUARD_PAGE_TRAPS`): they trap through the guard pages,
/// which valgrind reports as invalid accesses.
#[test]
fn c_programs_are_clean_under_valgrind() {
    let valgrind = Command::new("valgrind").arg("--version").output();
    assert!(
        valgrind.is_ok_and(|o| o.status.success()),
        "valgrind is not installed (`apt-get install valgrind`; .ci/run installs it)"
    );
    let suppressions = root().join("tests/capi/valgrind.supp");
    for name in [
        "types_and_errors",
        "items",
        "linking",
        "externref",
        "store_callbacks",
        "wasm_objects",
        "references",
        "serialize",
        "threads",
        "trap",
        "hello",
        "memory",
        "callback",
        "global",
        "table",
        "multi",
        "reflect",
        "finalize",
        "start",
        "hostref",
        "type_vectors",
        "declarations",
        "wasi",
        "wasi_output",
        "config",
        "host_memory",
        "compat/wasm_program",
    ] {
        // The wasm.h program leaves out its one division by zero, and
        // memory.c its out-of-bounds accesses.
        let exe = build_as(
            &root().join(format!("tests/capi/{name}.c")),
            &name.replace('/', "_"),
            &[
                "-DWASM_PROGRAM_NO_DIVIDE_BY_ZERO",
                "-DWASM_TEST_NO_GUARD_PAGE_TRAPS",
            ],
        );
        let output = Command::new("valgrind")
            .args([
                "--error-exitcode=99",
                "--leak-check=full",
                "--errors-for-leak-kinds=definite",
                "-q",
            ])
            .arg(format!("--suppressions={}", suppressions.display()))
            .arg(&exe)
            .output()
            .expect("running valgrind");
        assert!(
            output.status.success(),
            "{name} under valgrind ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        println!("{name}: clean under valgrind");
    }
}
