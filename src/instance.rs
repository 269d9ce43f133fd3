//! Instances: linking a module's imports, allocating its state in a store,
//! initialising tables, memories and globals, running the start function.

use crate::environ::{ConstExpr, DataMode, ElemMode, EntityIndex, TrapCode};
use crate::func::Func;
use crate::global::Global;
use crate::limits::Limit;
use crate::memory::Memory;
use crate::module::Module;
use crate::runtime::instance::{VmInstance, VmInstanceInit};
use crate::runtime::pool::LiveInstance;
use crate::runtime::vmcontext::{VMFuncRef, VMFunctionImport, VMGlobalDefinition, ValRaw};
use crate::store::{AsContextMut, StoreOpaque};
use crate::table::Table;
use crate::trap::trap_with_detail;
use crate::typed::{TypedFunc, WasmParams, WasmResults};
use crate::types::{ExternType, GlobalType};
use anyhow::{Result, anyhow, bail};

/// An instantiated module in a store.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Instance {
    pub(crate) store_id: u64,
    pub(crate) index: usize,
}

const _: () = {
    assert!(size_of::<Instance>() == 16);
    assert!(align_of::<Instance>() == 8);
    assert!(std::mem::offset_of!(Instance, store_id) == 0);
    assert!(std::mem::offset_of!(Instance, index) == 8);
};

/// Something a module can import or export (equal when it is the same
/// item of the same store).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Extern {
    Func(Func),
    Global(Global),
    Table(Table),
    Memory(Memory),
}

impl Extern {
    pub fn into_func(self) -> Option<Func> {
        match self {
            Extern::Func(f) => Some(f),
            _ => None,
        }
    }
    pub fn into_global(self) -> Option<Global> {
        match self {
            Extern::Global(g) => Some(g),
            _ => None,
        }
    }
    pub fn into_table(self) -> Option<Table> {
        match self {
            Extern::Table(t) => Some(t),
            _ => None,
        }
    }
    pub fn into_memory(self) -> Option<Memory> {
        match self {
            Extern::Memory(m) => Some(m),
            _ => None,
        }
    }

    pub(crate) fn store_id(&self) -> u64 {
        match self {
            Extern::Func(f) => f.store_id,
            Extern::Global(g) => g.store_id,
            Extern::Table(t) => t.store_id,
            Extern::Memory(m) => m.store_id,
        }
    }

    /// The extern's current type.
    pub(crate) fn ty(&self, store: &mut StoreOpaque) -> Result<ExternType> {
        Ok(match self {
            Extern::Func(f) => {
                let id = f.type_id(store)?;
                ExternType::Func(crate::types::FuncType::from_wasm(&store.engine.type_of(id)))
            }
            Extern::Global(g) => ExternType::Global(g.data(store)?.ty),
            Extern::Table(t) => ExternType::Table(t.ty_in(store)?),
            Extern::Memory(m) => ExternType::Memory(m.ty_in(store)?),
        })
    }
}

impl From<Func> for Extern {
    fn from(f: Func) -> Extern {
        Extern::Func(f)
    }
}
impl From<Global> for Extern {
    fn from(g: Global) -> Extern {
        Extern::Global(g)
    }
}
impl From<Table> for Extern {
    fn from(t: Table) -> Extern {
        Extern::Table(t)
    }
}
impl From<Memory> for Extern {
    fn from(m: Memory) -> Extern {
        Extern::Memory(m)
    }
}

/// A named export of an instance.
#[derive(Debug, Clone)]
pub struct Export {
    name: String,
    ext: Extern,
}

impl Export {
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn into_extern(self) -> Extern {
        self.ext
    }
    pub fn into_func(self) -> Option<Func> {
        self.ext.into_func()
    }
    pub fn into_memory(self) -> Option<Memory> {
        self.ext.into_memory()
    }
    pub fn into_table(self) -> Option<Table> {
        self.ext.into_table()
    }
    pub fn into_global(self) -> Option<Global> {
        self.ext.into_global()
    }
}

/// An instance's state inside its store.
pub(crate) struct InstanceData {
    module: Module,
    vm: Box<VmInstance>,
    /// Function index space; defined functions get handles on demand.
    funcs: Vec<Option<Func>>,
    tables: Vec<Table>,
    memories: Vec<Memory>,
    globals: Vec<Global>,
    /// The instance's place in the pooling allocator's count, if pooled.
    _live: Option<LiveInstance>,
}

/// Checks that limits `(min, max)` of an actual extern satisfy the expected ones.
fn limits_match(actual: (u64, Option<u64>), expected: (u64, Option<u64>)) -> bool {
    actual.0 >= expected.0
        && match (actual.1, expected.1) {
            (_, None) => true,
            (Some(a), Some(e)) => a <= e,
            (None, Some(_)) => false,
        }
}

pub(crate) fn import_matches(actual: &ExternType, expected: &ExternType) -> bool {
    match (actual, expected) {
        (ExternType::Func(a), ExternType::Func(e)) => a == e,
        (ExternType::Global(a), ExternType::Global(e)) => a == e,
        (ExternType::Table(a), ExternType::Table(e)) => {
            a.element() == e.element()
                && limits_match((a.minimum(), a.maximum()), (e.minimum(), e.maximum()))
        }
        (ExternType::Memory(a), ExternType::Memory(e)) => {
            limits_match((a.minimum(), a.maximum()), (e.minimum(), e.maximum()))
        }
        _ => false,
    }
}

impl Instance {
    /// Instantiates `module` with `imports` given in the module's import order.
    pub fn new(
        mut store: impl AsContextMut,
        module: &Module,
        imports: &[Extern],
    ) -> Result<Instance> {
        let store = &mut store.as_context_mut().0.opaque;
        instantiate(store, module, imports)
    }

    #[track_caller]
    fn data<'a>(&self, store: &'a StoreOpaque) -> &'a InstanceData {
        store.assert_owns(self.store_id, "instance");
        &store.instances[self.index]
    }

    /// The module this instance was made from.
    pub fn module<'a, T: 'a>(&self, store: impl Into<crate::StoreContext<'a, T>>) -> &'a Module {
        &self.data(&store.into().0.opaque).module
    }

    /// Whether `frame` (of a backtrace taken in `store`) ran in this
    /// instance.
    pub(crate) fn ran<'a, T: 'a>(
        &self,
        store: impl Into<crate::StoreContext<'a, T>>,
        frame: &crate::FrameInfo,
    ) -> bool {
        let vmctx = self.data(&store.into().0.opaque).vm.vmctx();
        frame.vmctx() == Some(vmctx as usize)
    }

    /// The extern for an entity of this instance.
    fn entity(&self, store: &mut StoreOpaque, index: EntityIndex) -> Extern {
        let data = &store.instances[self.index];
        match index {
            EntityIndex::Function(i) => {
                if let Some(f) = data.funcs[i as usize] {
                    return Extern::Func(f);
                }
                let funcref = data.vm.defined_funcref(i);
                // SAFETY: the funcref lives in this instance's vmctx.
                let f = unsafe { Func::from_funcref(store, funcref) }.expect("non-null funcref");
                store.instances[self.index].funcs[i as usize] = Some(f);
                Extern::Func(f)
            }
            EntityIndex::Table(i) => Extern::Table(data.tables[i as usize]),
            EntityIndex::Memory(i) => Extern::Memory(data.memories[i as usize]),
            EntityIndex::Global(i) => Extern::Global(data.globals[i as usize]),
        }
    }

    /// All exports, in the module's order.
    pub fn exports(&self, mut store: impl AsContextMut) -> Vec<Export> {
        let store = &mut store.as_context_mut().0.opaque;
        let module = self.data(store).module.clone();
        module
            .inner
            .info
            .exports
            .iter()
            .map(|(name, index)| Export {
                name: name.clone(),
                ext: self.entity(store, *index),
            })
            .collect()
    }

    pub fn get_export(&self, mut store: impl AsContextMut, name: &str) -> Option<Extern> {
        let store = &mut store.as_context_mut().0.opaque;
        let index = *self.data(store).module.inner.info.export_map.get(name)?;
        Some(self.entity(store, index))
    }

    pub fn get_func(&self, store: impl AsContextMut, name: &str) -> Option<Func> {
        self.get_export(store, name)?.into_func()
    }

    pub fn get_memory(&self, store: impl AsContextMut, name: &str) -> Option<Memory> {
        self.get_export(store, name)?.into_memory()
    }

    pub fn get_table(&self, store: impl AsContextMut, name: &str) -> Option<Table> {
        self.get_export(store, name)?.into_table()
    }

    pub fn get_global(&self, store: impl AsContextMut, name: &str) -> Option<Global> {
        self.get_export(store, name)?.into_global()
    }

    /// The exported function `name` with a static signature.
    pub fn get_typed_func<Params: WasmParams, Results: WasmResults>(
        &self,
        mut store: impl AsContextMut,
        name: &str,
    ) -> Result<TypedFunc<Params, Results>> {
        store
            .as_context_mut()
            .0
            .opaque
            .check(self.store_id, "instance")?;
        let f = self
            .get_func(&mut store, name)
            .ok_or_else(|| anyhow!("failed to find function export `{name}`"))?;
        f.typed(&store)
    }
}

/// Evaluates a constant expression to a raw value.
fn eval_const(
    store: &StoreOpaque,
    vm: &VmInstance,
    globals: &[Global],
    expr: &ConstExpr,
) -> Result<ValRaw> {
    Ok(match *expr {
        ConstExpr::I32(v) => ValRaw::from_u32(v as u32),
        ConstExpr::I64(v) => ValRaw::from_u64(v as u64),
        ConstExpr::F32(v) => ValRaw::from_u32(v),
        ConstExpr::F64(v) => ValRaw::from_u64(v),
        ConstExpr::V128(v) => ValRaw::from_u128(v),
        ConstExpr::GlobalGet(g) => {
            let ptr = globals[g as usize].raw_ptr(store)?;
            // SAFETY: global storage is live while its store is.
            ValRaw(unsafe { (*ptr).bytes })
        }
        ConstExpr::RefNull => ValRaw::from_u64(0),
        ConstExpr::RefFunc(f) => ValRaw::from_u64(funcref_of(vm, f) as u64),
    })
}

/// The funcref of function `index` of an instance.
fn funcref_of(vm: &VmInstance, index: u32) -> *const VMFuncRef {
    if index < vm.num_imported_funcs {
        vm.imported_func(index).funcref
    } else {
        vm.defined_funcref(index)
    }
}

pub(crate) fn instantiate(
    store: &mut StoreOpaque,
    module: &Module,
    imports: &[Extern],
) -> Result<Instance> {
    instantiate_with(store, module, imports, true)
}

/// `instantiate`, optionally skipping the per-import type check when the
/// caller (`InstancePre`) has already checked every import's type.
pub(crate) fn instantiate_with(
    store: &mut StoreOpaque,
    module: &Module,
    imports: &[Extern],
    check_types: bool,
) -> Result<Instance> {
    let m = &module.inner;
    let info = &m.info;
    if !crate::Engine::same(&m.engine, &store.engine) {
        bail!("cross-`Engine` instantiation is not currently supported");
    }
    store.check_count(Limit::Instances, 1)?;
    if imports.len() != info.imports.len() {
        bail!(
            "expected {} imports, found {}",
            info.imports.len(),
            imports.len()
        );
    }
    let mut funcs: Vec<Option<Func>> = Vec::with_capacity(info.functions.len());
    let mut imported_funcs = Vec::new();
    let mut tables = Vec::new();
    let mut memories = Vec::new();
    let mut globals = Vec::new();
    let mut imported_globals = Vec::new();
    for (import, ext) in info.imports.iter().zip(imports) {
        if ext.store_id() != store.id {
            bail!("cross-`Store` instantiation is not currently supported");
        }
        if check_types {
            let expected = module.entity_type(import.index);
            let actual = ext.ty(store)?;
            if !import_matches(&actual, &expected) {
                bail!(
                    "incompatible import type for `{}::{}`: expected {} {expected}, found {} {actual}",
                    import.module,
                    import.name,
                    expected.kind(),
                    actual.kind(),
                );
            }
        }
        match ext {
            Extern::Func(f) => {
                let funcref = f.funcref(store)?;
                // SAFETY: funcrefs of a store stay valid while it lives.
                let r = unsafe { *funcref };
                imported_funcs.push(VMFunctionImport {
                    wasm_call: r.wasm_call,
                    vmctx: r.vmctx,
                    funcref,
                });
                funcs.push(Some(*f));
            }
            Extern::Table(t) => tables.push(*t),
            Extern::Memory(mem) => memories.push(*mem),
            Extern::Global(g) => {
                imported_globals.push(g.raw_ptr(store)?);
                globals.push(*g);
            }
        }
    }
    let live = store.engine.pool().map(|p| p.live_instance()).transpose()?;
    for ty in &info.tables[info.num_imported_tables as usize..] {
        let extern_elems = !ty.element_type.is_func_ref();
        tables.push(Table::create_for_instance(
            store,
            ty.initial,
            ty.maximum,
            extern_elems,
        )?);
    }
    for (ty, image) in info.memories[info.num_imported_memories as usize..]
        .iter()
        .zip(&m.images)
    {
        let memory = Memory::create_for_instance(store, ty.initial, ty.maximum, image.as_ref())?;
        memories.push(memory);
    }
    let table_ptrs = tables
        .iter()
        .map(|t| t.storage(store).map(|s| s as *mut _))
        .collect::<Result<Vec<_>>>()?;
    let memory_ptrs = memories
        .iter()
        .map(|mm| mm.raw(store))
        .collect::<Result<Vec<_>>>()?;
    let defined_funcs: Vec<(*const u8, u32)> = (0..info.num_defined_funcs())
        .map(|i| {
            let ty = info.functions[(info.num_imported_funcs + i) as usize];
            (m.code.func_ptr(i as usize), m.types.ids()[ty as usize])
        })
        .collect();
    let store_index = store.instances.len();
    let vm = VmInstance::new(VmInstanceInit {
        offsets: m.offsets.clone(),
        store: &mut *store.vm,
        builtins: store.engine.builtins(),
        imported_funcs: &imported_funcs,
        memories: memory_ptrs,
        tables: table_ptrs,
        imported_globals: &imported_globals,
        defined_funcs: &defined_funcs,
        type_ids: m.types.ids(),
        num_imported_funcs: info.num_imported_funcs,
        store_index,
        data: m.data.clone(),
    });
    // Defined globals: evaluate initialisers in order.
    for (i, init) in info.global_inits.iter().enumerate() {
        let index = info.num_imported_globals + i as u32;
        let value = eval_const(store, &vm, &globals, init)?;
        let ptr: *mut VMGlobalDefinition = vm.defined_global(index);
        // SAFETY: the storage lies in the new instance's vmctx.
        unsafe { (*ptr).bytes = value.0 };
        let ty = GlobalType::from_wasm(&info.globals[index as usize]);
        globals.push(Global::register(store, ty, ptr, None));
    }
    funcs.resize(info.functions.len(), None);
    store.instances.push(InstanceData {
        module: module.clone(),
        vm,
        funcs,
        tables,
        memories,
        globals,
        _live: live,
    });
    let instance = Instance {
        store_id: store.id,
        index: store_index,
    };
    initialize(store, instance)?;
    if let Some(start) = info.start {
        let f = match instance.entity(store, EntityIndex::Function(start)) {
            Extern::Func(f) => f,
            _ => unreachable!("start is a function"),
        };
        let vmctx = store.instances[store_index].vm.vmctx();
        f.call_raw_from(store, &mut [], vmctx)?;
    }
    Ok(instance)
}

/// Evaluates every element segment, then applies active element and data
/// segments in order; the first one out of bounds traps (segments before it
/// stay applied, as the spec says). Active and declared segments are
/// dropped afterwards. Data segments of a memory with an image were mapped
/// when the memory was made; only the memory's own instance can see it, and
/// instantiation has not returned, so applying them early is unobservable.
fn initialize(store: &mut StoreOpaque, instance: Instance) -> Result<()> {
    let module = store.instances[instance.index].module.clone();
    let info = &module.inner.info;
    let mut elems = Vec::with_capacity(info.elements.len());
    {
        let data = &store.instances[instance.index];
        for seg in &info.elements {
            let items = seg
                .items
                .iter()
                .map(|e| {
                    eval_const(store, &data.vm, &data.globals, e).map(|v| v.get_u64() as usize)
                })
                .collect::<Result<Vec<_>>>()?;
            elems.push(items);
        }
    }
    store.instances[instance.index].vm.elems = elems;
    for (i, seg) in info.elements.iter().enumerate() {
        let data = &mut store.instances[instance.index];
        let (table, offset) = match &seg.mode {
            ElemMode::Active { table, offset } => (*table, offset),
            ElemMode::Declared => {
                data.vm.elems[i] = Vec::new();
                continue;
            }
            ElemMode::Passive => continue,
        };
        let items = std::mem::take(&mut data.vm.elems[i]);
        let data = &store.instances[instance.index];
        let offset = eval_const(store, &data.vm, &data.globals, offset)?.get_u32() as u64;
        let table_index = table;
        let table = data.tables[table as usize];
        let t = table.storage(store)?;
        if offset + items.len() as u64 > t.size() {
            let detail = format!(
                "element segment {i} ({} elements at offset {offset}) does not fit in table \
                 {table_index} ({} elements) during instantiation",
                items.len(),
                t.size()
            );
            return Err(trap_with_detail(TrapCode::TableOutOfBounds, &detail));
        }
        t.elements_mut()[offset as usize..offset as usize + items.len()].copy_from_slice(&items);
    }
    for (i, (seg, bytes)) in info.data.iter().zip(module.inner.data.iter()).enumerate() {
        let DataMode::Active { memory, offset } = &seg.mode else {
            continue;
        };
        let data = &mut store.instances[instance.index];
        data.vm.data_dropped[i] = true;
        // Segments of a memory with an image are in place already.
        let defined = (*memory as usize).checked_sub(info.num_imported_memories as usize);
        if defined.is_some_and(|d| module.inner.images[d].is_some()) {
            continue;
        }
        let data = &store.instances[instance.index];
        let offset = eval_const(store, &data.vm, &data.globals, offset)?.get_u32() as usize;
        let mem = data.memories[*memory as usize];
        let dst = mem.get_mut(store).data_mut();
        let size = dst.len();
        match offset
            .checked_add(bytes.len())
            .and_then(|end| dst.get_mut(offset..end))
        {
            Some(d) => d.copy_from_slice(bytes),
            None => {
                let detail = format!(
                    "data segment {i} ({} bytes at offset {offset}) does not fit in memory \
                     {memory} ({size} bytes) during instantiation",
                    bytes.len()
                );
                return Err(trap_with_detail(TrapCode::MemoryOutOfBounds, &detail));
            }
        }
    }
    Ok(())
}
