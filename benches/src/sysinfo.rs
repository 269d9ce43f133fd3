//! Facts about the run for the table's header: date, machine, versions.

/// Today's date (UTC) as `YYYY-MM-DD`.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    // Days since 1970-01-01 to a proleptic Gregorian date, counting in
    // 400-year eras that start on 1 March.
    let days = (secs / 86_400) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The CPU model (as `lscpu` names it), the number of logical CPUs, and
/// whether this is a virtual machine.
pub fn machine() -> String {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let field = |name: &str| {
        info.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_once(':'))
            .map(|(_, v)| v.trim().to_string())
    };
    let model = field("model name").unwrap_or_else(|| "unknown CPU".into());
    let virtual_machine = field("flags").is_some_and(|f| f.split(' ').any(|x| x == "hypervisor"));
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!(
        "{model}, {cpus} logical CPUs{}",
        if virtual_machine {
            ", virtual machine"
        } else {
            ""
        }
    )
}

/// Versions of what is being compared, collected by `build.rs`.
pub fn versions() -> String {
    format!(
        "wasmrt {} (commit {}), wasmtime {}, Cranelift {} (both), {}, {}",
        env!("BENCH_WASMRT_VERSION"),
        commit(),
        env!("BENCH_WASMTIME_VERSION"),
        env!("BENCH_CRANELIFT_VERSION"),
        env!("BENCH_RUSTC_VERSION"),
        env!("BENCH_CLANG_VERSION"),
    )
}

/// The wasmrt commit being measured (`git rev-parse` in the repository).
fn commit() -> String {
    std::process::Command::new("git")
        .args([
            "-C",
            env!("CARGO_MANIFEST_DIR"),
            "rev-parse",
            "--short",
            "HEAD",
        ])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| "unknown".into())
}
