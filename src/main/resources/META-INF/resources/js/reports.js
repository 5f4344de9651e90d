// The reports page: each chart drawn with uPlot from the figures of the table beside it (a data attribute, so no
// inline script). Several series are drawn as nested bars, the first widest. Small groups arrive as null and draw no
// bar. Without JavaScript the tables carry every figure, and each report opens as a page of its own.
(function () {
  'use strict';

  if (typeof uPlot === 'undefined') {
    return;
  }
  var styles = getComputedStyle(document.documentElement);
  var colours = [styles.getPropertyValue('--wv-brand').trim() || '#0b6e69', '#7fb8b4', styles.getPropertyValue('--wv-accent').trim() || '#f6b93b'];
  var ink = styles.getPropertyValue('--wv-ink').trim() || '#1d2a2f';

  function options(element, data, width) {
    var labels = data.labels;
    var crowded = labels.length > 4 || width < 500;
    var axis = { stroke: ink, grid: { stroke: '#e3e8ea' }, ticks: { show: false } };
    return {
      width: width,
      height: crowded ? 300 : 240,
      legend: { show: data.series.length > 1, live: false },
      cursor: { drag: { x: false, y: false }, points: { show: false } },
      scales: { x: { time: false, range: [-0.5, labels.length - 0.5] }, y: { range: function (u, min, max) { return [0, Math.max(1, max * 1.1)]; } } },
      axes: [
        Object.assign({}, axis, {
          grid: { show: false },
          splits: function () { return labels.map(function (label, i) { return i; }); },
          values: function (u, splits) {
            return splits.map(function (i) {
              var label = labels[i] || '';
              return crowded && label.length > 14 ? label.slice(0, 13) + '…' : label;
            });
          },
          rotate: crowded ? -35 : 0,
          size: crowded ? 90 : 40
        }),
        Object.assign({}, axis, { size: 50 })
      ],
      series: [{ label: '', show: false }].concat(data.series.map(function (series, i) {
        return {
          label: series.name,
          fill: colours[i % colours.length],
          stroke: colours[i % colours.length],
          width: 0,
          points: { show: false },
          paths: uPlot.paths.bars({ size: [0.8 - i * 0.25, 80], align: 0 })
        };
      }))
    };
  }

  function draw(root) {
    root.querySelectorAll('.wv-chart[data-chart]:not([data-drawn])').forEach(function (element) {
      var data = JSON.parse(element.dataset.chart);
      element.dataset.drawn = 'true';
      if (!data.labels.length) {
        return;
      }
      var values = [data.labels.map(function (label, i) { return i; })].concat(data.series.map(function (s) { return s.values; }));
      var plot = new uPlot(options(element, data, element.clientWidth), values, element);
      new ResizeObserver(function () {
        plot.setSize({ width: element.clientWidth, height: plot.height });
      }).observe(element);
    });
  }

  // Each report's card is filled by a request of its own (htmx); its chart is drawn when it arrives.
  if (typeof htmx !== 'undefined') {
    htmx.onLoad(draw);
  } else {
    draw(document);
  }
})();
