// Relay CRM: lets Tasklist 7.24 complete a Camunda form with a dynamic list (the report form's table of parts).
//
// Why: Tasklist enables "Complete" from form-js's "changed" event as `Object.keys(errors).length === 0`. form-js
// records a cleared error of a field inside a dynamic list at [fieldId, row] and leaves `errors[fieldId]` as an
// empty array, so after the first edit of a row Tasklist counts an error that is not there and keeps "Complete"
// disabled. form-js's own validation on submit (which Tasklist runs before completing) builds the errors afresh.
//
// What: the Camunda-form directive reports "invalid" as before; when it does, the form is looked at once it has
// rendered, and if no field shows an error (form-js marks such a field `fjs-has-errors`) the form counts as valid.
// A real error still shows under its field, and submit still refuses the form while one is left.
const angular = window.angular;

angular.module('cam.tasklist.form').config(['$provide', function ($provide) {
  $provide.decorator('camTasklistFormCamundaDirective', ['$delegate', function ($delegate) {
    const directive = $delegate[0];
    const compile = directive.compile;
    directive.compile = function () {
      const link = compile.apply(this, arguments);
      return function (scope, element, attrs, form) {
        const checked = Object.create(form);
        checked.notifyFormValidated = function (invalid) {
          form.notifyFormValidated(invalid);
          if (invalid) {
            setTimeout(function () {
              if (!element[0].querySelector('.fjs-has-errors')) {
                form.notifyFormValidated(false);
              }
            }, 0);
          }
        };
        return link.call(this, scope, element, attrs, checked);
      };
    };
    return $delegate;
  }]);
}]);

export default [];
