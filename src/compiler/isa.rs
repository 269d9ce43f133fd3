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

/// Settings every function wasmrt compiles depends on, with why; a user
/// flag may repeat them but not change them.
const FIXED: [(&str, &str, &str); 3] = [
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
    // The CPU features the host has, as detected, before any user flag.
    let host_features: Vec<(&'static str, bool)> = isa
        .finish(settings::Flags::new(settings::builder()))?
        .isa_flags()
        .iter()
        .filter_map(|v| Some((v.name, v.as_bool()?)))
        .collect();
    for flag in settings.user_flags {
        apply_user_flag(&mut flags, &mut isa, &host_features, flag)?;
    }
    // The allocator for deeply nested functions stays linear whatever the
    // user's flags say.
    if settings.regalloc == RegallocAlgorithm::SinglePass {
        flags.set("regalloc_algorithm", "single_pass")?;
    }
    Ok(isa.finish(settings::Flags::new(flags))?)
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
    host_features: &[(&'static str, bool)],
    flag: &CraneliftFlag,
) -> Result<()> {
    let name = flag.name.as_str();
    let value = flag.value.as_deref().unwrap_or("true");
    if let Some((_, fixed, why)) = FIXED.iter().find(|(n, _, _)| *n == name) {
        if value != *fixed {
            bail!(
                "the Cranelift setting `{name}` must stay `{fixed}` in wasmrt ({why}), \
                 so it cannot be set to `{value}`"
            );
        }
        return Ok(());
    }
    let set = |c: &mut dyn Configurable| match &flag.value {
        Some(v) => c.set(name, v),
        None => c.enable(name),
    };
    match set(flags) {
        Ok(()) => return Ok(()),
        Err(SetError::BadName(_)) => {}
        Err(e) => return Err(describe(flag, e)),
    }
    if let Some((_, on)) = host_features.iter().find(|(n, _)| *n == name)
        && value == "true"
        && !on
        && name.starts_with("has_")
    {
        bail!(
            "the Cranelift setting `{name}` asks for a CPU feature this host does not have, \
             and wasmrt compiles for the host it runs on"
        );
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
