//! Generates `include/wasm.h` (from `src/capi/wasm/`), `include/wasi.h`
//! (from `src/capi/wasi/`) and `include/wasmrt.h` (from the other files of
//! `src/capi/`, with the version of Cargo.toml as `WASMRT_VERSION*`
//! macros) with cbindgen, into `OUT_DIR`. The headers are
//! committed; `tests/capi.rs` fails when they differ from a fresh
//! generation, and `WASMRT_UPDATE_HEADERS=1 cargo build` writes the fresh
//! ones into `include/`. On Linux the shared library gets the SONAME
//! `libwasmrt.so.MAJOR`, so programs keep working across compatible
//! releases.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

/// The names of the C items declared in `files`: `pub` structs, unions,
/// type aliases, constants and `extern "C"` functions.
fn c_item_names(files: &[PathBuf]) -> Vec<String> {
    let mut names = Vec::new();
    for file in files {
        for line in std::fs::read_to_string(file)
            .expect("reading a source")
            .lines()
        {
            let line = line.trim_start();
            let rest = [
                "pub struct ",
                "pub union ",
                "pub type ",
                "pub const ",
                "pub unsafe extern \"C\" fn ",
                "pub extern \"C\" fn ",
            ]
            .iter()
            .find_map(|prefix| line.strip_prefix(prefix));
            if let Some(rest) = rest {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                names.push(name);
            }
        }
    }
    names
}

fn generate(
    name: &str,
    guard: &str,
    root: &Path,
    exclude: Vec<String>,
    includes: &[&str],
    parts: &str,
    out_dir: &Path,
) -> PathBuf {
    let mut config = cbindgen::Config::from_file("cbindgen.toml").expect("cbindgen.toml parses");
    config.include_guard = Some(guard.to_string());
    config.includes = includes.iter().map(|s| s.to_string()).collect();
    config.header = Some(read(&format!("src/capi/headers/{parts}_head.h")));
    let after = format!("src/capi/headers/{parts}_after_includes.h");
    let mut after_includes = if Path::new(&after).exists() {
        read(&after)
    } else {
        String::new()
    };
    if parts == "wasmrt" {
        after_includes.push_str(&version_macros());
    }
    if !after_includes.is_empty() {
        config.after_includes = Some(after_includes);
    }
    config.trailer = Some(read(&format!("src/capi/headers/{parts}_tail.h")));
    config.export.exclude = exclude;
    // cbindgen follows the `mod` declarations of the root file.
    let bindings = cbindgen::Builder::new()
        .with_config(config)
        .with_src(root)
        .generate()
        .unwrap_or_else(|e| panic!("generating {name}: {e}"));
    let path = out_dir.join(name);
    bindings.write_to_file(&path);
    path
}

/// The `WASMRT_VERSION*` macros for the version in Cargo.toml.
fn version_macros() -> String {
    let var = |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("{name} is set by cargo"));
    format!(
        "\n/* The version of wasmrt this header belongs to. */\n\
         #define WASMRT_VERSION \"{}\"\n\
         #define WASMRT_VERSION_MAJOR {}\n\
         #define WASMRT_VERSION_MINOR {}\n\
         #define WASMRT_VERSION_PATCH {}\n",
        var("CARGO_PKG_VERSION"),
        var("CARGO_PKG_VERSION_MAJOR"),
        var("CARGO_PKG_VERSION_MINOR"),
        var("CARGO_PKG_VERSION_PATCH"),
    )
}

fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        let major = std::env::var("CARGO_PKG_VERSION_MAJOR").expect("set by cargo");
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libwasmrt.so.{major}");
    }
    println!("cargo:rerun-if-changed=src/capi");
    println!("cargo:rerun-if-changed=cbindgen.toml");
    println!("cargo:rerun-if-env-changed=WASMRT_UPDATE_HEADERS");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo"));
    let capi = Path::new("src/capi");
    // wasi.h includes wasm.h and wasmrt.h includes both, so each leaves
    // out what the headers it includes declare.
    let in_wasm_h = c_item_names(&rust_files(&capi.join("wasm")));
    let in_wasi_h = c_item_names(&rust_files(&capi.join("wasi")));
    let headers = [
        generate(
            "wasm.h",
            "WASM_H",
            &capi.join("wasm/mod.rs"),
            Vec::new(),
            &[],
            "wasm",
            &out_dir,
        ),
        generate(
            "wasi.h",
            "WASI_H",
            &capi.join("wasi/mod.rs"),
            in_wasm_h.clone(),
            &["wasm.h"],
            "wasi",
            &out_dir,
        ),
        generate(
            "wasmrt.h",
            "WASMRT_H",
            &capi.join("mod.rs"),
            [in_wasm_h, in_wasi_h].concat(),
            &["wasm.h", "wasi.h"],
            "wasmrt",
            &out_dir,
        ),
    ];
    println!(
        "cargo:rustc-env=WASMRT_GENERATED_HEADERS={}",
        out_dir.display()
    );
    if std::env::var_os("WASMRT_UPDATE_HEADERS").is_some() {
        std::fs::create_dir_all("include").expect("creating include/");
        for header in &headers {
            let target = Path::new("include").join(header.file_name().expect("a file name"));
            std::fs::copy(header, &target)
                .unwrap_or_else(|e| panic!("writing {}: {e}", target.display()));
        }
    }
}
