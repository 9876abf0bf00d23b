// Redoc over one service's OpenAPI at a time. The list of specs is springdoc's Swagger UI
// configuration, so Redoc and Swagger UI always show the same services.
(function () {
  'use strict';
  var select = document.getElementById('docs-spec');
  var container = document.getElementById('redoc');
  var status = document.getElementById('docs-status');

  // the status line lives outside Redoc's container, which belongs to Redoc (React)
  function show(message) {
    status.textContent = message;
    status.hidden = !message;
  }

  fetch('/v3/api-docs/swagger-config', { headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    })
    .then(function (config) {
      var specs = (config.urls && config.urls.length) ? config.urls : [{ name: 'gateway', url: config.url }];
      var wanted = new URLSearchParams(window.location.search).get('service') || config['urls.primaryName'];
      var chosen = specs.filter(function (spec) { return spec.name === wanted; })[0] || specs[0];
      specs.forEach(function (spec) {
        var option = document.createElement('option');
        option.value = spec.name;
        option.textContent = spec.name;
        option.selected = spec.name === chosen.name;
        select.appendChild(option);
      });
      select.addEventListener('change', function () {
        window.location.search = '?service=' + encodeURIComponent(select.value);
      });
      Redoc.init(chosen.url, { expandResponses: '200,201', hideHostname: true }, container, function (error) {
        if (error) {
          container.hidden = true;
          show('The ' + chosen.name + ' API description is unavailable: is the ' + chosen.name + ' service running?');
        } else {
          show('');
        }
      });
    })
    .catch(function (error) { show('Cannot load the list of APIs: ' + error.message); });
})();
