//! `probe FILE.wat|FILE.wasm [FUEL] [ENGINES]`: instantiates a module on
//! the engines named in ENGINES (comma-separated, default
//! `wasmrt,wasmtime`; `wasmi` runs without fuel) with the same fuel and
//! calls each exported function with zero arguments, printing each
//! engine's outcome and fuel used side by side: the tool for finding
//! where engines part (fuel counts, or which engine a crash is in).

use wasmrt_fuzz::engines::{Runner, WasmiRunner, WasmrtRunner, WasmtimeRunner};
use wasmrt_fuzz::info::{ExportKind, module_info};
use wasmrt_fuzz::value::{Ty, Value};

fn zero(t: Ty) -> Value {
    match t {
        Ty::I32 => Value::I32(0),
        Ty::I64 => Value::I64(0),
        Ty::F32 => Value::F32(0),
        Ty::F64 => Value::F64(0),
        Ty::V128 => Value::V128(0),
        Ty::FuncRef => Value::FuncRef { null: true },
        Ty::ExternRef => Value::ExternRef { null: true },
    }
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: probe FILE [FUEL]"))?;
    let fuel: u64 = args.next().map_or(Ok(1 << 40), |s| s.parse())?;
    let names = args.next().unwrap_or_else(|| "wasmrt,wasmtime".to_string());
    let wasm = wat::parse_file(&path)?;
    let info = module_info(&wasm)?;
    let mut engines: Vec<Box<dyn Runner>> = Vec::new();
    for name in names.split(',') {
        engines.push(match name {
            "wasmrt" => Box::new(WasmrtRunner::new(true, true)),
            "wasmtime" => Box::new(WasmtimeRunner::new(true, true)),
            "wasmi" => Box::new(WasmiRunner::new(true)),
            other => anyhow::bail!("unknown engine {other:?}"),
        });
    }
    for e in &mut engines {
        e.compile(&wasm).map_err(anyhow::Error::msg)?;
        let (o, f) = e.instantiate(Some(fuel));
        println!("{:<8} instantiate: {o} (fuel used {f:?})", e.name());
    }
    for (name, kind) in &info.exports {
        if let ExportKind::Func { params, .. } = kind {
            let args: Vec<Value> = params.iter().map(|&t| zero(t)).collect();
            for e in &mut engines {
                let (o, f) = e.call(name, &args, Some(fuel));
                println!("{:<8} {name}: {o} (fuel used {f:?})", e.name());
            }
        }
    }
    Ok(())
}
