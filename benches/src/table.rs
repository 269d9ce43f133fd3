//! The result table: one row per measurement, wasmrt beside wasmtime and
//! native code, the ratios, and whether the target ratio is met. Printed as
//! a Markdown table so that `RESULTS.md` can hold it as is.

use std::fmt::Write;

/// How a row's values read.
#[derive(Clone, Copy)]
pub enum Unit {
    /// Milliseconds; lower is better.
    Ms,
    /// Megabytes (10^6 bytes) of wasm compiled per second; higher is better.
    MbPerS,
    /// Microseconds; lower is better.
    Us,
    /// Nanoseconds; lower is better.
    Ns,
    /// Mebibytes; lower is better.
    MiB,
}

impl Unit {
    fn name(self) -> &'static str {
        match self {
            Unit::Ms => "ms",
            Unit::MbPerS => "MB/s",
            Unit::Us => "µs",
            Unit::Ns => "ns",
            Unit::MiB => "MiB",
        }
    }
}

/// One measurement. Values are each side's median in the row's unit:
/// costs (time or bytes, lower is better), except in `MbPerS` rows, which
/// hold throughputs.
pub struct Row {
    pub group: &'static str,
    pub name: String,
    pub unit: Unit,
    pub wasmrt: f64,
    pub wasmtime: f64,
    pub native: Option<f64>,
    /// wasmrt's cost over wasmtime's (> 1: wasmrt is slower or bigger):
    /// the median of the ratios within each repetition.
    pub ratio: f64,
    /// wasmrt's cost over native code's, likewise.
    pub native_ratio: Option<f64>,
    /// The largest acceptable `ratio`.
    pub target: f64,
}

impl Row {
    pub fn meets_target(&self) -> bool {
        self.ratio <= self.target
    }
}

fn value(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

/// The table as Markdown.
pub fn render(rows: &[Row]) -> String {
    let mut out = String::new();
    out.push_str(
        "| group | benchmark | unit | wasmrt | wasmtime | native | wasmrt/wasmtime | wasmrt/native | target | met |\n",
    );
    out.push_str("|---|---|---|--:|--:|--:|--:|--:|--:|:-:|\n");
    for r in rows {
        let native = r.native.map_or("–".into(), value);
        let vs_native = r.native_ratio.map_or("–".into(), |x| format!("{x:.2}×"));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {:.2}× | {} | ≤ {:.2}× | {} |",
            r.group,
            r.name,
            r.unit.name(),
            value(r.wasmrt),
            value(r.wasmtime),
            native,
            r.ratio,
            vs_native,
            r.target,
            if r.meets_target() { "yes" } else { "**no**" },
        );
    }
    out
}
