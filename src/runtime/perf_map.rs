//! The `perfmap` profiler: `/tmp/perf-<pid>.map` lists where each function
//! of compiled code lies and its name, one `START SIZE NAME` line (hex
//! address and size) per function, which Linux `perf` reads to name frames
//! in JIT code.

use super::code_memory::CodeMemory;
use anyhow::{Context as _, Result};
use std::fs::File;
use std::io::Write as _;
use std::sync::Mutex;

/// The process's map file, once an engine with the profiler opened it.
static MAP: Mutex<Option<File>> = Mutex::new(None);

fn path() -> String {
    format!("/tmp/perf-{}.map", std::process::id())
}

/// Opens the process's map file for appending (other JITs in the process,
/// such as CPython's `-X perf`, may write to it too), creating it if
/// needed, unless an engine already did. A symbolic link at the path is
/// refused.
pub fn open() -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut map = MAP.lock().unwrap_or_else(|e| e.into_inner());
    if map.is_none() {
        let path = path();
        let file = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&path)
            .with_context(|| format!("failed to open the perf map {path}"))?;
        *map = Some(file);
    }
    Ok(())
}

/// The names profilers give a module's functions, in order:
/// `MODULE::function[INDEX]::NAME` (`::NAME` when the module names it),
/// `MODULE::trampoline[K]` for its trampolines; never with a line break.
pub fn names(code: &CodeMemory) -> Vec<String> {
    let meta = &code.meta;
    let module = meta.module_name.as_deref().unwrap_or("wasm");
    let wasm_funcs = meta.body_offsets.len();
    (0..code.functions().count())
        .map(|pos| {
            let name = match meta.first_func_index {
                Some(first) if pos < wasm_funcs => {
                    let index = first + pos as u32;
                    match meta.func_names.get(index) {
                        Some(name) => format!("{module}::function[{index}]::{name}"),
                        None => format!("{module}::function[{index}]"),
                    }
                }
                _ => format!("{module}::trampoline[{}]", pos.saturating_sub(wasm_funcs)),
            };
            name.replace(['\n', '\r'], " ")
        })
        .collect()
}

/// Lists a module's functions. Profiling output is best effort: a failed
/// write is not an error for the module being loaded.
pub fn record(code: &CodeMemory) {
    let mut text = String::new();
    for ((start, len), name) in code.functions().zip(names(code)) {
        text.push_str(&format!("{start:x} {len:x} {name}\n"));
    }
    let mut map = MAP.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(file) = map.as_mut() {
        let _ = file.write_all(text.as_bytes());
    }
}
