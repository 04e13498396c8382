// The builder checks shapes at build time and names the op and the shapes; symbolic dims flow through.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from './graph.js';
import onnxProto from 'onnx-proto';
import { toModelProto } from './model-proto.js';
import { GraphSession } from './session.js';
import { broadcastShapes, dimDivide, dimProduct } from './shape.js';
import { floatTensor } from './tensor.js';
describe('shape inference', () => {
    it('symbolic dims multiply, divide and broadcast', () => {
        expect(dimProduct(['T', 2, 'B', 3])).toBe('6*B*T');
        expect(dimDivide('6*B*T', 'B*3')).toBe('2*T');
        expect(dimDivide('B', 'T')).toBeUndefined();
        expect(broadcastShapes(['B', 4, 1], [5])).toEqual(['B', 4, 5]);
        expect(broadcastShapes([3], [4])).toBeUndefined();
    });
    it('fails at build time naming the op and the shapes', () => {
        const g = new GraphBuilder('t', 'float32');
        const a = g.input('a', 'float32', ['B', 3, 4]);
        const b = g.input('b', 'float32', [5, 6]);
        expect(() => g.matmul(a, b)).toThrow('MatMul: inner dims differ: (B, 3, 4) @ (5, 6)');
        expect(() => g.add(a, b)).toThrow('Add: shapes (B, 3, 4) and (5, 6) do not broadcast');
        expect(() => g.reshape(a, [5, -1])).toThrow(/Reshape: cannot reshape \(B, 3, 4\)/);
        expect(() => g.gemm(b, b)).toThrow(/Gemm: inner dims differ/);
        expect(() => g.layerNorm(a, b, undefined, 1e-5)).toThrow(/LayerNormalization: scale\/bias must be \(4\)/);
        expect(() => g.input('a', 'float32', [1])).toThrow(/name 'a' is already used/);
    });
    it('runs a graph with symbolic batch and reshape through ONNX Runtime', async () => {
        const g = new GraphBuilder('t', 'float64');
        const x = g.input('x', 'float64', ['B', 2, 3]);
        const w = g.initializer('w', floatTensor('float64', [3, 2], [1, 0, 0, 1, 1, 1]));
        const rows = g.reshape(x, [-1, 3]); // (2*B, 3)
        expect(rows.shape).toEqual(['2*B', 3]);
        const y = g.reshape(g.gemm(rows, w), ['B', 2, 2]);
        g.output(y, 'y');
        const s = await GraphSession.create(g, { threads: 1 });
        const out = await s.run({ x: floatTensor('float64', [1, 2, 3], [1, 2, 3, 4, 5, 6]) });
        expect(out.y.shape).toEqual([1, 2, 2]);
        expect([...out.y.data]).toEqual([4, 5, 10, 11]);
        await s.release();
    });
    it('serialises without dead nodes or output copies, and keeps initializers that are used', () => {
        const g = new GraphBuilder('t', 'float32');
        const x = g.input('x', 'float32', [2, 3]);
        const w = g.initializer('w', floatTensor('float32', [3], [1, 2, 3]));
        g.initializer('unused', floatTensor('float32', [1], [0]));
        g.exp(g.mul(x, x)); // dead branch
        const ln = g.layerNorm(x, w, undefined, 1e-5); // Mean/InvStdDev unused: trimmed
        g.output(g.add(ln.y, w), 'y');
        const model = onnxProto.onnx.ModelProto.decode(toModelProto(g));
        const ops = model.graph.node.map((n) => n.opType);
        expect(ops).toEqual(['LayerNormalization', 'Add']);
        expect(model.graph.node[0].output).toHaveLength(1);
        expect(model.graph.node[1].output).toEqual(['y']);
        expect(model.graph.initializer.map((t) => t.name)).toEqual(['w']);
        expect(Number(model.opsetImport[0].version)).toBe(17);
    });
});
//# sourceMappingURL=graph.test.js.map