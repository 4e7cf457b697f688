// Target page: actual values against the path to the goal and the goal line.
// Data comes from {{ chart|json_script:"target-chart-data" }} (see targets/views.py chart_data).
(function () {
  "use strict";
  function draw() {
    const canvas = document.getElementById("target-chart");
    const source = document.getElementById("target-chart-data");
    if (!canvas || !source || typeof window.Chart === "undefined") return;
    const data = JSON.parse(source.textContent);
    // The public target page hides the chart until it can be drawn (its table stands in for it).
    const figure = canvas.closest("figure");
    if (figure) figure.hidden = false;
    const lang = document.documentElement.lang || "vi";
    const fmt = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : lang, { maximumFractionDigits: 3 });
    const withUnit = (v) => (data.unit === "%" ? fmt.format(v) + "%" : fmt.format(v) + (data.unit ? " " + data.unit : ""));

    // A round top for the y axis (80 → 90, 5.000 → 6.000), zero at the bottom unless values go below.
    const ys = data.points.map((p) => p.y).concat(data.path.map((p) => p.y), data.goals);
    const top = Math.max(...ys, 1);
    const step = Math.pow(10, Math.floor(Math.log10(top)));
    const unit = top / step < 3 ? step / 2 : step;
    // A share never goes past 100 %: its axis stops there when every figure does (not 150 %).
    const yMax = data.unit === "%" && top <= 100 ? 100 : Math.ceil((top * 1.05) / unit) * unit;
    const low = Math.min(0, ...ys);
    const yMin = low < 0 ? -Math.ceil(-low / unit) * unit : 0;

    const datasets = [
      {
        label: data.labels.actual,
        data: data.points,
        showLine: true,
        borderColor: "#b4121b",
        backgroundColor: "#b4121b",
        borderWidth: 3,
        pointRadius: 5,
        pointHoverRadius: 7,
        order: 0,
      },
    ];
    if (data.path.length) {
      datasets.push({
        label: data.labels.path,
        data: data.path,
        showLine: true,
        borderColor: "#2b5797",
        backgroundColor: "#2b5797",
        borderDash: [8, 6],
        borderWidth: 2,
        pointRadius: 3,
        order: 1,
      });
    }
    data.goals.forEach((goal, i) => {
      datasets.push({
        label: i === 0 ? data.labels.goal : data.labels.goal + " (2)",
        data: [{ x: data.x_min, y: goal }, { x: data.x_max, y: goal }],
        showLine: true,
        borderColor: "#1f7a3d",
        backgroundColor: "#1f7a3d",
        borderDash: [2, 4],
        borderWidth: 2,
        pointRadius: 0,
        order: 2,
      });
    });
    new window.Chart(canvas, {
      type: "scatter",
      data: { datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: "nearest", intersect: false },
        scales: {
          x: {
            type: "linear",
            min: data.x_min,
            max: data.x_max,
            // Years flat, and skipped rather than drawn over each other on a phone (issue 15.9).
            ticks: {
              stepSize: 1,
              autoSkip: true,
              autoSkipPadding: 12,
              maxRotation: 0,
              callback: (v) => (Number.isInteger(v) ? String(v) : ""),
            },
            // The horizon year: a dark vertical line.
            grid: {
              color: (c) => (c.tick && c.tick.value === data.horizon ? "#5b6675" : "rgba(0, 0, 0, 0.08)"),
              lineWidth: (c) => (c.tick && c.tick.value === data.horizon ? 2 : 1),
            },
            title: { display: true, text: data.labels.axis },
          },
          y: {
            min: yMin,
            max: yMax,
            ticks: { maxTicksLimit: 6, callback: (v) => fmt.format(v) },
            title: { display: Boolean(data.unit), text: data.unit },
          },
        },
        plugins: {
          legend: { position: "bottom", labels: { boxWidth: 18 } },
          tooltip: {
            callbacks: {
              title: (items) => (items.length && items[0].raw.label) || "",
              label: (item) => item.dataset.label + ": " + withUnit(item.parsed.y),
            },
          },
        },
      },
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
