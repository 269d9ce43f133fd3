//! Test-case reduction: makes a module that shows a divergence smaller
//! while it keeps showing it.
//!
//! The module is split into its sections, and the export and code
//! sections into their items (a function body into its operators, each as
//! its original bytes). Candidates are made by removing things and are
//! kept when they still validate and the caller's test still fails:
//! exports (halves, then smaller groups, then one at a time), the start
//! function, each function body replaced by one that returns zeros, each
//! `block`/`loop`/`if` removed whole or unwrapped (its body kept), and
//! runs of operators removed from each body (long runs first). The passes
//! repeat until none makes progress or the attempt budget is spent.

use wasmparser::{FuncType, Parser, Payload, ValType, Validator};

/// One function body: its local declarations and its operators, each as
/// the bytes it was encoded with (the last is the body's `end`).
#[derive(Clone)]
struct Body {
    locals: Vec<u8>,
    ops: Vec<Vec<u8>>,
}

#[derive(Clone)]
struct Export {
    name: String,
    kind: u8,
    index: u32,
}

#[derive(Clone)]
enum Section {
    Raw { id: u8, bytes: Vec<u8> },
    Exports(Vec<Export>),
    Code(Vec<Body>),
}

/// A module taken apart far enough to remove items and put it back
/// together.
#[derive(Clone)]
struct Parts {
    sections: Vec<Section>,
    /// The result types of each defined function, in code-section order.
    results: Vec<Vec<ValType>>,
}

const START_SECTION: u8 = 8;
const EXPORT_SECTION: u8 = 7;
const CODE_SECTION: u8 = 10;

fn split(wasm: &[u8]) -> anyhow::Result<Parts> {
    let mut sections = Vec::new();
    let mut types: Vec<FuncType> = Vec::new();
    let mut defined: Vec<u32> = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload?;
        match &payload {
            Payload::TypeSection(r) => {
                for group in r.clone() {
                    for sub in group?.into_types() {
                        match sub.composite_type.inner {
                            wasmparser::CompositeInnerType::Func(f) => types.push(f),
                            _ => anyhow::bail!("only function types can be shrunk"),
                        }
                    }
                }
            }
            Payload::FunctionSection(r) => {
                for t in r.clone() {
                    defined.push(t?);
                }
            }
            Payload::ExportSection(r) => {
                let mut list = Vec::new();
                for e in r.clone() {
                    let e = e?;
                    list.push(Export {
                        name: e.name.to_string(),
                        kind: e.kind as u8,
                        index: e.index,
                    });
                }
                sections.push(Section::Exports(list));
                continue;
            }
            Payload::CodeSectionStart { .. } => {
                sections.push(Section::Code(Vec::new()));
                continue;
            }
            Payload::CodeSectionEntry(body) => {
                let range = body.range();
                let mut reader = body.get_operators_reader()?;
                let ops_start = reader.original_position();
                let mut offsets = Vec::new();
                while !reader.eof() {
                    let (_, offset) = reader.read_with_offset()?;
                    offsets.push(offset);
                }
                let ops = offsets
                    .iter()
                    .enumerate()
                    .map(|(i, &o)| {
                        let end = offsets.get(i + 1).copied().unwrap_or(range.end);
                        wasm[o as usize..end as usize].to_vec()
                    })
                    .collect();
                let Some(Section::Code(bodies)) = sections.last_mut() else {
                    anyhow::bail!("a function body outside the code section");
                };
                bodies.push(Body {
                    locals: wasm[range.start as usize..ops_start as usize].to_vec(),
                    ops,
                });
                continue;
            }
            _ => {}
        }
        if let Some((id, range)) = payload.as_section() {
            sections.push(Section::Raw {
                id,
                bytes: wasm[range.start as usize..range.end as usize].to_vec(),
            });
        }
    }
    let results = defined
        .iter()
        .map(|&t| {
            types
                .get(t as usize)
                .map(|f| f.results().to_vec())
                .unwrap_or_default()
        })
        .collect();
    Ok(Parts { sections, results })
}

fn leb(out: &mut Vec<u8>, mut v: u32) {
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

fn name(out: &mut Vec<u8>, s: &str) {
    leb(out, s.len() as u32);
    out.extend_from_slice(s.as_bytes());
}

fn join(parts: &Parts) -> Vec<u8> {
    let mut out = b"\0asm\x01\0\0\0".to_vec();
    for s in &parts.sections {
        let (id, contents) = match s {
            Section::Raw { id, bytes } => (*id, bytes.clone()),
            Section::Exports(list) => {
                let mut c = Vec::new();
                leb(&mut c, list.len() as u32);
                for e in list {
                    name(&mut c, &e.name);
                    c.push(e.kind);
                    leb(&mut c, e.index);
                }
                (EXPORT_SECTION, c)
            }
            Section::Code(bodies) => {
                let mut c = Vec::new();
                leb(&mut c, bodies.len() as u32);
                for b in bodies {
                    let len = b.locals.len() + b.ops.iter().map(Vec::len).sum::<usize>();
                    leb(&mut c, len as u32);
                    c.extend_from_slice(&b.locals);
                    for op in &b.ops {
                        c.extend_from_slice(op);
                    }
                }
                (CODE_SECTION, c)
            }
        };
        out.push(id);
        leb(&mut out, contents.len() as u32);
        out.extend_from_slice(&contents);
    }
    out
}

/// The operators that push the zero (or null) value of `t`.
fn zero_of(t: ValType) -> Vec<u8> {
    match t {
        ValType::I32 => vec![0x41, 0],
        ValType::I64 => vec![0x42, 0],
        ValType::F32 => vec![0x43, 0, 0, 0, 0],
        ValType::F64 => vec![0x44, 0, 0, 0, 0, 0, 0, 0, 0],
        ValType::V128 => {
            let mut v = vec![0xfd, 0x0c];
            v.extend_from_slice(&[0; 16]);
            v
        }
        ValType::Ref(r) if r.is_extern_ref() => vec![0xd0, 0x6f],
        ValType::Ref(_) => vec![0xd0, 0x70],
    }
}

/// What a shrink came to.
pub struct Shrunk {
    pub wasm: Vec<u8>,
    /// Candidates tried (each a run of the test).
    pub attempts: usize,
}

/// Shrinks `wasm` while `still_fails` holds, trying at most `budget`
/// candidates. `still_fails` is called only with modules that validate.
pub fn shrink(
    wasm: &[u8],
    budget: usize,
    still_fails: &mut dyn FnMut(&[u8]) -> bool,
) -> anyhow::Result<Shrunk> {
    let mut best = split(wasm)?;
    let mut attempts = 0;
    let mut try_parts = |candidate: &Parts, attempts: &mut usize| -> bool {
        if *attempts >= budget {
            return false;
        }
        let bytes = join(candidate);
        if Validator::new().validate_all(&bytes).is_err() {
            return false;
        }
        *attempts += 1;
        still_fails(&bytes)
    };
    loop {
        let before = join(&best).len();
        shrink_exports(&mut best, &mut attempts, &mut try_parts);
        // The start function.
        if let Some(i) = best.sections.iter().position(|s| {
            matches!(
                s,
                Section::Raw {
                    id: START_SECTION,
                    ..
                }
            )
        }) {
            let mut c = best.clone();
            c.sections.remove(i);
            if try_parts(&c, &mut attempts) {
                best = c;
            }
        }
        stub_bodies(&mut best, &mut attempts, &mut try_parts);
        remove_blocks(&mut best, &mut attempts, &mut try_parts);
        remove_operators(&mut best, &mut attempts, &mut try_parts);
        if join(&best).len() >= before || attempts >= budget {
            break;
        }
    }
    Ok(Shrunk {
        wasm: join(&best),
        attempts,
    })
}

type Try<'a> = dyn FnMut(&Parts, &mut usize) -> bool + 'a;

fn exports_mut(p: &mut Parts) -> Option<&mut Vec<Export>> {
    p.sections.iter_mut().find_map(|s| match s {
        Section::Exports(list) => Some(list),
        _ => None,
    })
}

fn bodies_mut(p: &mut Parts) -> Option<&mut Vec<Body>> {
    p.sections.iter_mut().find_map(|s| match s {
        Section::Code(list) => Some(list),
        _ => None,
    })
}

fn shrink_exports(best: &mut Parts, attempts: &mut usize, try_parts: &mut Try) {
    let Some(len) = exports_mut(best).map(|l| l.len()) else {
        return;
    };
    let mut chunk = len.div_ceil(2).max(1);
    loop {
        let mut start = 0;
        while start < exports_mut(best).map_or(0, |l| l.len()) {
            let mut c = best.clone();
            let list = exports_mut(&mut c).expect("the candidate has exports");
            let end = (start + chunk).min(list.len());
            list.drain(start..end);
            if try_parts(&c, attempts) {
                *best = c;
            } else {
                start += chunk;
            }
        }
        if chunk == 1 {
            return;
        }
        chunk = chunk.div_ceil(2);
    }
}

fn stub_bodies(best: &mut Parts, attempts: &mut usize, try_parts: &mut Try) {
    let count = bodies_mut(best).map_or(0, |b| b.len());
    for i in 0..count {
        let mut ops: Vec<Vec<u8>> = best.results[i].iter().map(|&t| zero_of(t)).collect();
        ops.push(vec![0x0b]);
        let stub = Body {
            locals: vec![0],
            ops,
        };
        let current = &bodies_mut(best).expect("bodies")[i];
        if current.ops == stub.ops && current.locals == stub.locals {
            continue;
        }
        let mut c = best.clone();
        bodies_mut(&mut c).expect("bodies")[i] = stub;
        if try_parts(&c, attempts) {
            *best = c;
        }
    }
}

/// The index of the `end` that closes the block opened by `ops[start]`.
fn matching_end(ops: &[Vec<u8>], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, op) in ops.iter().enumerate().skip(start) {
        match op.first() {
            Some(0x02..=0x04) => depth += 1,
            Some(0x0b) => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn remove_blocks(best: &mut Parts, attempts: &mut usize, try_parts: &mut Try) {
    let count = bodies_mut(best).map_or(0, |b| b.len());
    for i in 0..count {
        let mut at = 0;
        while at < bodies_mut(best).expect("bodies")[i].ops.len() {
            let ops = &bodies_mut(best).expect("bodies")[i].ops;
            let opens = matches!(ops[at].first(), Some(0x02..=0x04));
            let Some(end) = opens.then(|| matching_end(ops, at)).flatten() else {
                at += 1;
                continue;
            };
            // Whole, then unwrapped (an `if` keeps its condition's drop
            // to validation: unwrapping one rarely validates).
            let mut whole = best.clone();
            bodies_mut(&mut whole).expect("bodies")[i]
                .ops
                .drain(at..=end);
            if try_parts(&whole, attempts) {
                *best = whole;
                continue;
            }
            let mut unwrapped = best.clone();
            let ops = &mut bodies_mut(&mut unwrapped).expect("bodies")[i].ops;
            ops.remove(end);
            ops.remove(at);
            if try_parts(&unwrapped, attempts) {
                *best = unwrapped;
                continue;
            }
            at += 1;
        }
    }
}

fn remove_operators(best: &mut Parts, attempts: &mut usize, try_parts: &mut Try) {
    let count = bodies_mut(best).map_or(0, |b| b.len());
    for i in 0..count {
        // Every operator but the final `end`.
        let len = |p: &mut Parts| bodies_mut(p).expect("bodies")[i].ops.len() - 1;
        let mut chunk = len(best).div_ceil(2).max(1);
        loop {
            let mut start = 0;
            while start < len(best) {
                let mut c = best.clone();
                let end = (start + chunk).min(len(&mut c));
                bodies_mut(&mut c).expect("bodies")[i].ops.drain(start..end);
                if try_parts(&c, attempts) {
                    *best = c;
                } else {
                    start += 1.max(chunk / 2);
                }
            }
            if chunk == 1 {
                break;
            }
            chunk = chunk.div_ceil(2);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_and_join_give_back_the_module() {
        let wasm = wat::parse_str(
            r#"(module
                (memory 1)
                (func $f (export "f") (param i32) (result i32)
                  local.get 0 i32.const 7 i32.add)
                (func (export "g") (result f64) f64.const 1.5)
                (start $s)
                (func $s)
                (data (i32.const 0) "hi"))"#,
        )
        .unwrap();
        assert_eq!(join(&split(&wasm).unwrap()), wasm);
    }

    #[test]
    fn shrinks_to_the_operator_that_matters() {
        let wasm = wat::parse_str(
            r#"(module
                (global $g (export "g") (mut i32) (i32.const 0))
                (func (export "a") (result i32)
                  i32.const 1 i32.const 2 i32.add drop
                  i32.const 99 global.set $g
                  i32.const 5)
                (func (export "b") (param i64) (result i64) local.get 0))"#,
        )
        .unwrap();
        // "Fails" while some function stores 99 into a global.
        let needle = [0x41, 0xe3, 0x00, 0x24, 0x00];
        let shrunk = shrink(&wasm, 1000, &mut |w| w.windows(5).any(|x| x == needle)).unwrap();
        assert!(shrunk.wasm.len() < wasm.len());
        let text = wasmprinter::print_bytes(&shrunk.wasm).unwrap();
        assert!(text.contains("global.set"), "{text}");
        assert!(!text.contains("i32.add"), "{text}");
        assert!(!text.contains("\"b\""), "{text}");
    }
}
