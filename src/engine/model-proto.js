// Serialises a GraphBuilder into ONNX ModelProto bytes (protobufjs via onnx-proto), opset 17.
import onnxProto from 'onnx-proto';
import { ONNX_DTYPE } from './graph.js';
import { rawBytes } from './tensor.js';
const { onnx } = onnxProto;
export const OPSET = 17;
function tensorProto(name, t) {
    return { name, dims: [...t.shape], dataType: ONNX_DTYPE[t.dtype], rawData: rawBytes(t) };
}
function attrProto(name, a) {
    const T = onnx.AttributeProto.AttributeType;
    if ('i' in a)
        return { name, type: T.INT, i: a.i };
    if ('f' in a)
        return { name, type: T.FLOAT, f: a.f };
    if ('ints' in a)
        return { name, type: T.INTS, ints: [...a.ints] };
    if ('floats' in a)
        return { name, type: T.FLOATS, floats: [...a.floats] };
    if ('s' in a)
        return { name, type: T.STRING, s: new TextEncoder().encode(a.s) };
    return { name, type: T.TENSOR, t: tensorProto('', a.t) };
}
function valueInfo(name, v) {
    return {
        name,
        type: {
            tensorType: {
                elemType: ONNX_DTYPE[v.dtype],
                shape: { dim: v.shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
            },
        },
    };
}
/** Ops whose trailing outputs are optional: unused ones are dropped so ORT skips them and can fuse the node. */
const OPTIONAL_TRAILING_OUTPUTS = new Set(['LayerNormalization', 'Dropout']);
function trimOptionalOutputs(op, outputs, live) {
    if (!OPTIONAL_TRAILING_OUTPUTS.has(op))
        return outputs;
    let n = outputs.length;
    while (n > 1 && !live.has(outputs[n - 1]))
        n--;
    return outputs.slice(0, n);
}
/**
 * Encodes the graph as an ONNX model (IR 8, opset 17), ready for `InferenceSession.create(bytes)`.
 * Only nodes that some graph output depends on are written, and only the initializers they use.
 */
export function toModelProto(g) {
    const rename = (x) => g.aliases.get(x) ?? x;
    // Dead-node elimination: ONNX Runtime runs every node, even one whose outputs nobody reads (e.g. the gradient of
    // a constant that a rule emitted), so keep only nodes that some graph output depends on.
    const live = new Set(g.outputs.map((o) => o.name));
    const kept = [];
    for (let i = g.nodes.length - 1; i >= 0; i--) {
        const n = g.nodes[i];
        if (!n.outputs.some((o) => live.has(rename(o))))
            continue;
        kept.push(n);
        for (const x of n.inputs)
            if (x)
                live.add(rename(x));
    }
    kept.reverse();
    const graph = {
        name: g.name,
        node: kept.map((n) => ({
            name: n.name,
            opType: n.op,
            domain: n.domain,
            input: n.inputs.map((x) => (x ? rename(x) : x)),
            output: trimOptionalOutputs(n.op, n.outputs.map(rename), live),
            attribute: Object.entries(n.attrs).map(([k, a]) => attrProto(k, a)),
        })),
        initializer: [...g.initializers].filter(([name]) => live.has(name)).map(([name, t]) => tensorProto(name, t)),
        input: g.inputs.map((i) => valueInfo(i.name, i.value)),
        output: g.outputs.map((o) => valueInfo(o.name, o.value)),
    };
    const opsetImport = [{ domain: '', version: OPSET }];
    if (g.usesMicrosoftDomain)
        opsetImport.push({ domain: 'com.microsoft', version: 1 });
    const model = {
        irVersion: 8,
        producerName: 'cwescan-engine',
        opsetImport,
        graph,
    };
    return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}
//# sourceMappingURL=model-proto.js.map