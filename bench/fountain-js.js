// fountain-js.js FILE [RUNS]: parses FILE with fountain-js RUNS times in
// one process and prints the best parse time in milliseconds, and the
// number of tokens (bench/script-breakdown.sh).
'use strict';
const path = require('path');
const fs = require('fs');
const { Fountain } = require(path.join(__dirname, 'node_modules', 'fountain-js'));

const text = fs.readFileSync(process.argv[2], 'utf8');
const runs = Number(process.argv[3] || 1);
let best = Infinity, tokens = 0;
for (let i = 0; i < runs; i++) {
	const t0 = process.hrtime.bigint();
	const out = new Fountain().parse(text, true);
	const ms = Number(process.hrtime.bigint() - t0) / 1e6;
	tokens = out.tokens.length;
	if (ms < best)
		best = ms;
}
console.log(best.toFixed(3) + ' ' + tokens);
