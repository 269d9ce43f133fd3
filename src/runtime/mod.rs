//! The runtime: executable code, VMContexts, memories, tables, trap
//! handling and the functions generated code calls. Knows nothing of the
//! compiler or the public API.

pub mod backtrace;
pub mod code_memory;
pub mod instance;
pub mod jitdump;
pub mod libcalls;
pub mod memory;
pub mod perf_map;
pub mod pool;
pub mod signals;
pub mod table;
pub mod thread_stack;
pub mod traps;
pub mod unwind;
pub mod vmcontext;
