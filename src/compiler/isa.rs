//! The host ISA: Cranelift's settings from an engine's configuration, with
//! the flags wasmrt's code relies on, and the user's own Cranelift flags
//! checked against both and against the host CPU.

use super::OptLevel;
use anyhow::{Result, anyhow, bail};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable, SetError};

/// Which register allocator an ISA uses (wasmtime's `RegallocAlgorithm`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RegallocAlgorithm {
    /// Backtracking with range splitting: the best code (the default).
    #[default]
    Backtracking,
    /// Single pass: linear time, more spills; for pathological functions.
    SinglePass,
}

/// A Cranelift setting given by name, as `Config::cranelift_flag_set` and
/// `cranelift_flag_enable` take it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CraneliftFlag {
    pub name: String,
    /// `None` enables a boolean setting.
    pub value: Option<String>,
}

/// Everything about code generation an engine's configuration decides.
#[derive(Debug, Clone, Copy)]
pub struct IsaSettings<'a> {
    pub opt_level: OptLevel,
    pub regalloc: RegallocAlgorithm,
    pub verifier: bool,
    pub nan_canonicalization: bool,
    pub user_flags: &'a [CraneliftFlag],
}

/// Shared settings every function wasmrt compiles depends on (as
/// Cranelift spells their values), with why; after the user's flags they
/// must still have these values.
const FIXED: [(&str, &str, &str); 6] = [
    (
        "preserve_frame_pointers",
        "true",
        "backtraces and traps walk the frame-pointer chain",
    ),
    // Multi-value functions may return more values than the wasm calling
    // convention has return registers. Cranelift then passes a hidden
    // pointer to a return area that the caller reserves in its own frame
    // and the callee fills (wasmtime runs with the same setting). Only
    // wasm-convention signatures ever return that many values: host-ABI
    // trampolines exchange values through the `ValRaw` array instead.
    (
        "enable_multi_ret_implicit_sret",
        "true",
        "functions with many results return them through memory",
    ),
    (
        "enable_probestack",
        "false",
        "wasm checks its stack limit itself and has no probestack routine",
    ),
    (
        "libcall_call_conv",
        "isa_default",
        "its libcalls are C functions of the host's calling convention",
    ),
    (
        "is_pic",
        "false",
        "its linker resolves calls and libcalls without a GOT",
    ),
    (
        "use_colocated_libcalls",
        "false",
        "its libcalls are called through absolute addresses",
    ),
];

/// Builds the host ISA for `settings`.
pub fn host_isa(settings: &IsaSettings<'_>) -> Result<OwnedTargetIsa> {
    let mut flags = settings::builder();
    let level = match settings.opt_level {
        OptLevel::None => "none",
        OptLevel::Speed => "speed",
        OptLevel::SpeedAndSize => "speed_and_size",
    };
    flags.set("opt_level", level)?;
    flags.set("regalloc_algorithm", regalloc_name(settings.regalloc))?;
    for (name, value, _) in FIXED {
        flags.set(name, value)?;
    }
    let verifier = settings.verifier || cfg!(debug_assertions);
    flags.set("enable_verifier", if verifier { "true" } else { "false" })?;
    flags.set(
        "enable_nan_canonicalization",
        if settings.nan_canonicalization {
            "true"
        } else {
            "false"
        },
    )?;
    flags.set("unwind_info", "false")?;
    let mut isa = cranelift_native::builder().map_err(|e| anyhow!("unsupported host: {e}"))?;
    if settings.user_flags.is_empty() {
        // wasmrt's own settings, and the features detected on this host:
        // nothing to check.
        return Ok(isa.finish(settings::Flags::new(flags))?);
    }
    // The CPU features the host has, as detected, before any user flag.
    let host_features: Vec<(&'static str, bool)> = isa
        .finish(settings::Flags::new(settings::builder()))?
        .isa_flags()
        .iter()
        .filter_map(|v| Some((v.name, v.as_bool()?)))
        .collect();
    for flag in settings.user_flags {
        apply_user_flag(&mut flags, &mut isa, flag)?;
    }
    // The allocator for deeply nested functions stays linear whatever the
    // user's flags say.
    if settings.regalloc == RegallocAlgorithm::SinglePass {
        flags.set("regalloc_algorithm", "single_pass")?;
    }
    let shared = settings::Flags::new(flags);
    for (name, fixed, why) in FIXED {
        let now = shared
            .iter()
            .find(|v| v.name == name)
            .map(|v| v.value_string());
        if now.as_deref() != Some(fixed) {
            bail!(
                "the Cranelift setting `{name}` must stay `{fixed}` in wasmrt ({why}), \
                 but the Cranelift flags given set it to `{}`",
                now.unwrap_or_default()
            );
        }
    }
    let isa = isa.finish(shared)?;
    // Whatever turned them on (a flag, or a preset such as `skylake`), the
    // CPU features the code may use must be the host's.
    for v in isa.isa_flags() {
        let on = v.as_bool() == Some(true);
        let host_has = host_features.iter().any(|(n, has)| *n == v.name && *has);
        if on && v.name.starts_with("has_") && !host_has {
            bail!(
                "the Cranelift setting `{}` asks for a CPU feature this host does not have, \
                 and wasmrt compiles for the host it runs on",
                v.name
            );
        }
        if on && v.name.starts_with("sign_return_address") {
            bail!(
                "the Cranelift setting `{}` must stay off in wasmrt (backtraces read the \
                 return addresses in its frames)",
                v.name
            );
        }
    }
    Ok(isa)
}

fn regalloc_name(regalloc: RegallocAlgorithm) -> &'static str {
    match regalloc {
        RegallocAlgorithm::Backtracking => "backtracking",
        RegallocAlgorithm::SinglePass => "single_pass",
    }
}

/// Applies one user flag: a shared setting, or else one of the host ISA's.
fn apply_user_flag(
    flags: &mut settings::Builder,
    isa: &mut cranelift_codegen::isa::Builder,
    flag: &CraneliftFlag,
) -> Result<()> {
    let name = flag.name.as_str();
    let set = |c: &mut dyn Configurable| match &flag.value {
        Some(v) => c.set(name, v),
        None => c.enable(name),
    };
    match set(flags) {
        Ok(()) => return Ok(()),
        Err(SetError::BadName(_)) => {}
        Err(e) => return Err(describe(flag, e)),
    }
    set(isa).map_err(|e| describe(flag, e))
}

fn describe(flag: &CraneliftFlag, error: SetError) -> anyhow::Error {
    let name = &flag.name;
    match error {
        SetError::BadName(_) => anyhow!("unknown Cranelift setting `{name}`"),
        SetError::BadType if flag.value.is_none() => anyhow!(
            "the Cranelift setting `{name}` is not a boolean: give it a value \
             (cranelift_flag_set) instead of enabling it"
        ),
        SetError::BadType => anyhow!("the Cranelift setting `{name}` has another type"),
        SetError::BadValue(expected) => anyhow!(
            "bad value `{}` for the Cranelift setting `{name}`: expected {expected}",
            flag.value.as_deref().unwrap_or("true")
        ),
    }
}
