"""Data models of the emnify API (generated).

Each model module is imported the first time one of its names is used, so importing one
request function does not load every model of the API.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept_user_invitation_body import AcceptUserInvitationBody
    from .actionable_event_create_dto import ActionableEventCreateDto
    from .actionable_event_output_dto import ActionableEventOutputDto
    from .activate_mfa_key_body import ActivateMfaKeyBody
    from .activate_mfa_key_conflict_error import ActivateMfaKeyConflictError
    from .activate_mfa_key_not_found_error import ActivateMfaKeyNotFoundError
    from .activate_mfa_key_request_status import ActivateMfaKeyRequestStatus
    from .activate_mfa_key_unprocessable_entity_error import ActivateMfaKeyUnprocessableEntityError
    from .activate_user_body import ActivateUserBody
    from .add_endpoint_operator_blacklist_conflict_error import (
        AddEndpointOperatorBlacklistConflictError,
    )
    from .add_service_profile_data_limit_body import AddServiceProfileDataLimitBody
    from .add_service_profile_data_limit_request_period import (
        AddServiceProfileDataLimitRequestPeriod,
    )
    from .add_service_profile_data_limit_request_period_id import (
        AddServiceProfileDataLimitRequestPeriodId,
    )
    from .add_service_profile_data_limit_request_service import (
        AddServiceProfileDataLimitRequestService,
    )
    from .add_service_profile_data_limit_request_service_id import (
        AddServiceProfileDataLimitRequestServiceId,
    )
    from .add_service_profile_data_limit_response_201 import AddServiceProfileDataLimitResponse201
    from .add_service_profile_service_conflict_error import AddServiceProfileServiceConflictError
    from .add_service_profile_sms_limit_response_200 import AddServiceProfileSmsLimitResponse200
    from .api_v1_cnc_breakout_get_parameters_status import ApiV1CncBreakoutGetParametersStatus
    from .api_v1_cnc_breakout_get_parameters_type import ApiV1CncBreakoutGetParametersType
    from .assign_endpoint_tag_bad_request_error import AssignEndpointTagBadRequestError
    from .assign_endpoint_tag_body import AssignEndpointTagBody
    from .assign_endpoint_tag_conflict_error import AssignEndpointTagConflictError
    from .assign_endpoint_tag_response_201 import AssignEndpointTagResponse201
    from .assign_endpoint_tag_unprocessable_entity_error import (
        AssignEndpointTagUnprocessableEntityError,
    )
    from .assign_ip_address_space_conflict_error import AssignIpAddressSpaceConflictError
    from .assign_ip_address_space_not_found_error import AssignIpAddressSpaceNotFoundError
    from .assign_organisation_inclusive_volume_body import AssignOrganisationInclusiveVolumeBody
    from .assign_organisation_inclusive_volume_response_201 import (
        AssignOrganisationInclusiveVolumeResponse201,
    )
    from .assign_user_role_conflict_error import AssignUserRoleConflictError
    from .assign_user_role_not_found_error import AssignUserRoleNotFoundError
    from .authenticate_body import AuthenticateBody
    from .authenticate_not_found_error import AuthenticateNotFoundError
    from .authenticate_request_trusted_device import AuthenticateRequestTrustedDevice
    from .authenticate_response_200 import AuthenticateResponse200
    from .authenticate_unauthorized_error import AuthenticateUnauthorizedError
    from .automation_action_log_output_dto import AutomationActionLogOutputDto
    from .automation_action_output_dto import AutomationActionOutputDto
    from .automation_create_dto import AutomationCreateDto
    from .automation_output_dto import AutomationOutputDto
    from .automation_recipient_email_verification_input_dto import (
        AutomationRecipientEmailVerificationInputDto,
    )
    from .automation_update_dto import AutomationUpdateDto
    from .block_tariff_profile_operator_rat_types_body import BlockTariffProfileOperatorRatTypesBody
    from .block_tariff_profile_operator_rat_types_request_rat_types_items import (
        BlockTariffProfileOperatorRatTypesRequestRatTypesItems,
    )
    from .bulk_assign_endpoint_tags_bad_request_error import BulkAssignEndpointTagsBadRequestError
    from .bulk_assign_endpoint_tags_body import BulkAssignEndpointTagsBody
    from .bulk_assign_endpoint_tags_conflict_error import BulkAssignEndpointTagsConflictError
    from .bulk_assign_endpoint_tags_request_items_items import (
        BulkAssignEndpointTagsRequestItemsItems,
    )
    from .bulk_assign_endpoint_tags_request_items_items_endpoint import (
        BulkAssignEndpointTagsRequestItemsItemsEndpoint,
    )
    from .bulk_assign_endpoint_tags_request_items_items_tags_items import (
        BulkAssignEndpointTagsRequestItemsItemsTagsItems,
    )
    from .bulk_assign_endpoint_tags_response_200 import BulkAssignEndpointTagsResponse200
    from .bulk_assign_endpoint_tags_unprocessable_entity_error import (
        BulkAssignEndpointTagsUnprocessableEntityError,
    )
    from .bulk_create_endpoints_body import BulkCreateEndpointsBody
    from .bulk_create_endpoints_request_endpoints_items import (
        BulkCreateEndpointsRequestEndpointsItems,
    )
    from .bulk_create_endpoints_request_endpoints_items_sim import (
        BulkCreateEndpointsRequestEndpointsItemsSim,
    )
    from .bulk_create_endpoints_request_endpoints_items_sim_status import (
        BulkCreateEndpointsRequestEndpointsItemsSimStatus,
    )
    from .bulk_create_endpoints_request_ip_address_space import (
        BulkCreateEndpointsRequestIpAddressSpace,
    )
    from .bulk_create_endpoints_request_organisation import BulkCreateEndpointsRequestOrganisation
    from .bulk_create_endpoints_request_service_profile import (
        BulkCreateEndpointsRequestServiceProfile,
    )
    from .bulk_create_endpoints_request_status import BulkCreateEndpointsRequestStatus
    from .bulk_create_endpoints_request_tariff_profile import (
        BulkCreateEndpointsRequestTariffProfile,
    )
    from .bulk_create_endpoints_response_errors_items import BulkCreateEndpointsResponseErrorsItems
    from .bulk_create_endpoints_response_items import BulkCreateEndpointsResponseItems
    from .bulk_create_endpoints_response_items_imei_with_luhn import (
        BulkCreateEndpointsResponseItemsImeiWithLuhn,
    )
    from .bulk_create_endpoints_response_items_ip_address_space import (
        BulkCreateEndpointsResponseItemsIpAddressSpace,
    )
    from .bulk_create_endpoints_response_items_service_profile import (
        BulkCreateEndpointsResponseItemsServiceProfile,
    )
    from .bulk_create_endpoints_response_items_sim import BulkCreateEndpointsResponseItemsSim
    from .bulk_create_endpoints_response_items_status import BulkCreateEndpointsResponseItemsStatus
    from .bulk_create_endpoints_response_items_tariff_profile import (
        BulkCreateEndpointsResponseItemsTariffProfile,
    )
    from .bulk_create_endpoints_unprocessable_entity_error import (
        BulkCreateEndpointsUnprocessableEntityError,
    )
    from .bulk_delete_endpoints_request_items import BulkDeleteEndpointsRequestItems
    from .bulk_delete_sims_request_items import BulkDeleteSimsRequestItems
    from .bulk_delete_tags_bad_request_error import BulkDeleteTagsBadRequestError
    from .bulk_delete_tags_body import BulkDeleteTagsBody
    from .bulk_delete_tags_request_tags_items import BulkDeleteTagsRequestTagsItems
    from .bulk_delete_tags_response_200 import BulkDeleteTagsResponse200
    from .bulk_delete_tags_unprocessable_entity_error import BulkDeleteTagsUnprocessableEntityError
    from .bulk_unassign_endpoint_tags_bad_request_error import (
        BulkUnassignEndpointTagsBadRequestError,
    )
    from .bulk_unassign_endpoint_tags_body import BulkUnassignEndpointTagsBody
    from .bulk_unassign_endpoint_tags_request_items_items import (
        BulkUnassignEndpointTagsRequestItemsItems,
    )
    from .bulk_unassign_endpoint_tags_request_items_items_endpoint import (
        BulkUnassignEndpointTagsRequestItemsItemsEndpoint,
    )
    from .bulk_unassign_endpoint_tags_request_items_items_tags_items import (
        BulkUnassignEndpointTagsRequestItemsItemsTagsItems,
    )
    from .bulk_unassign_endpoint_tags_response_200 import BulkUnassignEndpointTagsResponse200
    from .bulk_unassign_endpoint_tags_unprocessable_entity_error import (
        BulkUnassignEndpointTagsUnprocessableEntityError,
    )
    from .bulk_update_endpoints_request_items import BulkUpdateEndpointsRequestItems
    from .bulk_update_endpoints_request_items_ip_address_space import (
        BulkUpdateEndpointsRequestItemsIpAddressSpace,
    )
    from .bulk_update_endpoints_request_items_service_profile import (
        BulkUpdateEndpointsRequestItemsServiceProfile,
    )
    from .bulk_update_endpoints_request_items_sim import BulkUpdateEndpointsRequestItemsSim
    from .bulk_update_endpoints_request_items_sim_status import (
        BulkUpdateEndpointsRequestItemsSimStatus,
    )
    from .bulk_update_endpoints_request_items_status import BulkUpdateEndpointsRequestItemsStatus
    from .bulk_update_endpoints_request_items_tariff_profile import (
        BulkUpdateEndpointsRequestItemsTariffProfile,
    )
    from .bulk_update_endpoints_response_errors_items import BulkUpdateEndpointsResponseErrorsItems
    from .bulk_update_endpoints_unprocessable_entity_error import (
        BulkUpdateEndpointsUnprocessableEntityError,
    )
    from .cancel_endpoint_sms_response_200 import CancelEndpointSmsResponse200
    from .change_password_body import ChangePasswordBody
    from .change_password_response_errors_items import ChangePasswordResponseErrorsItems
    from .change_password_unprocessable_entity_error import ChangePasswordUnprocessableEntityError
    from .configuration_input_properties_dto import ConfigurationInputPropertiesDto
    from .configuration_parameter_dto import ConfigurationParameterDto
    from .configuration_properties_dto import ConfigurationPropertiesDto
    from .configured_action_create_dto import ConfiguredActionCreateDto
    from .configured_action_output_dto import ConfiguredActionOutputDto
    from .configured_action_recipient_output_dto import ConfiguredActionRecipientOutputDto
    from .configured_action_reference_dto import ConfiguredActionReferenceDto
    from .create_api_callback_response_201 import CreateApiCallbackResponse201
    from .create_api_secret_body import CreateApiSecretBody
    from .create_api_secret_response_201 import CreateApiSecretResponse201
    from .create_application_token_body import CreateApplicationTokenBody
    from .create_application_token_response_200 import CreateApplicationTokenResponse200
    from .create_application_token_unprocessable_entity_error import (
        CreateApplicationTokenUnprocessableEntityError,
    )
    from .create_cloud_connect_attachment_tgw_body import CreateCloudConnectAttachmentTgwBody
    from .create_cloud_connect_attachment_tgw_request_type import (
        CreateCloudConnectAttachmentTgwRequestType,
    )
    from .create_cloud_connect_attachment_tgw_response_201 import (
        CreateCloudConnectAttachmentTgwResponse201,
    )
    from .create_cloud_connect_attachment_vpn_body import CreateCloudConnectAttachmentVpnBody
    from .create_cloud_connect_attachment_vpn_request_type import (
        CreateCloudConnectAttachmentVpnRequestType,
    )
    from .create_cloud_connect_attachment_vpn_request_type_id import (
        CreateCloudConnectAttachmentVpnRequestTypeId,
    )
    from .create_cloud_connect_attachment_vpn_response_201 import (
        CreateCloudConnectAttachmentVpnResponse201,
    )
    from .create_data_stream_body import CreateDataStreamBody
    from .create_data_stream_request_destination import CreateDataStreamRequestDestination
    from .create_data_stream_request_destination_credentials_0 import (
        CreateDataStreamRequestDestinationCredentials0,
    )
    from .create_data_stream_request_destination_credentials_1 import (
        CreateDataStreamRequestDestinationCredentials1,
    )
    from .create_data_stream_request_destination_credentials_2 import (
        CreateDataStreamRequestDestinationCredentials2,
    )
    from .create_data_stream_request_destination_credentials_3 import (
        CreateDataStreamRequestDestinationCredentials3,
    )
    from .create_data_stream_request_destination_credentials_4 import (
        CreateDataStreamRequestDestinationCredentials4,
    )
    from .create_data_stream_request_destination_credentials_5 import (
        CreateDataStreamRequestDestinationCredentials5,
    )
    from .create_data_stream_request_destination_credentials_6 import (
        CreateDataStreamRequestDestinationCredentials6,
    )
    from .create_data_stream_request_filters_items import CreateDataStreamRequestFiltersItems
    from .create_data_stream_response_201 import CreateDataStreamResponse201
    from .create_data_stream_unprocessable_entity_error import (
        CreateDataStreamUnprocessableEntityError,
    )
    from .create_dns_config_body import CreateDnsConfigBody
    from .create_dns_config_response_201 import CreateDnsConfigResponse201
    from .create_endpoint_body import CreateEndpointBody
    from .create_endpoint_request_ip_address_space import CreateEndpointRequestIpAddressSpace
    from .create_endpoint_request_organisation import CreateEndpointRequestOrganisation
    from .create_endpoint_request_service_profile import CreateEndpointRequestServiceProfile
    from .create_endpoint_request_sim import CreateEndpointRequestSim
    from .create_endpoint_request_sim_status import CreateEndpointRequestSimStatus
    from .create_endpoint_request_status import CreateEndpointRequestStatus
    from .create_endpoint_request_tariff_profile import CreateEndpointRequestTariffProfile
    from .create_endpoint_response_errors_items import CreateEndpointResponseErrorsItems
    from .create_endpoint_response_ip_address_space import CreateEndpointResponseIpAddressSpace
    from .create_endpoint_response_service_profile import CreateEndpointResponseServiceProfile
    from .create_endpoint_response_sim import CreateEndpointResponseSim
    from .create_endpoint_response_sim_status import CreateEndpointResponseSimStatus
    from .create_endpoint_response_status import CreateEndpointResponseStatus
    from .create_endpoint_response_tariff_profile import CreateEndpointResponseTariffProfile
    from .create_endpoint_traffic_limit_extension_body import (
        CreateEndpointTrafficLimitExtensionBody,
    )
    from .create_endpoint_traffic_limit_extension_response_201 import (
        CreateEndpointTrafficLimitExtensionResponse201,
    )
    from .create_endpoint_unprocessable_entity_error import CreateEndpointUnprocessableEntityError
    from .create_ip_address_space_bad_request_error import CreateIpAddressSpaceBadRequestError
    from .create_ip_address_space_body import CreateIpAddressSpaceBody
    from .create_ip_address_space_conflict_error import CreateIpAddressSpaceConflictError
    from .create_ip_address_space_forbidden_error import CreateIpAddressSpaceForbiddenError
    from .create_ip_address_space_not_found_error import CreateIpAddressSpaceNotFoundError
    from .create_ip_address_space_response_201 import CreateIpAddressSpaceResponse201
    from .create_ip_address_space_response_errors_items import (
        CreateIpAddressSpaceResponseErrorsItems,
    )
    from .create_ip_address_space_unprocessable_entity_error import (
        CreateIpAddressSpaceUnprocessableEntityError,
    )
    from .create_mfa_key_body import CreateMfaKeyBody
    from .create_mfa_key_conflict_error import CreateMfaKeyConflictError
    from .create_mfa_key_request_type import CreateMfaKeyRequestType
    from .create_mfa_key_response_200 import CreateMfaKeyResponse200
    from .create_mfa_key_response_errors_items import CreateMfaKeyResponseErrorsItems
    from .create_mfa_key_response_status import CreateMfaKeyResponseStatus
    from .create_mfa_key_response_type import CreateMfaKeyResponseType
    from .create_mfa_key_unprocessable_entity_error import CreateMfaKeyUnprocessableEntityError
    from .create_service_profile_body import CreateServiceProfileBody
    from .create_service_profile_request_api_callback import CreateServiceProfileRequestApiCallback
    from .create_service_profile_request_api_secret import CreateServiceProfileRequestApiSecret
    from .create_service_profile_request_breakout_region import (
        CreateServiceProfileRequestBreakoutRegion,
    )
    from .create_service_profile_request_dns import CreateServiceProfileRequestDns
    from .create_service_profile_request_esme_interface_type import (
        CreateServiceProfileRequestEsmeInterfaceType,
    )
    from .create_service_profile_request_moc_callback import CreateServiceProfileRequestMocCallback
    from .create_service_profile_response_201 import CreateServiceProfileResponse201
    from .create_support_token_body import CreateSupportTokenBody
    from .create_support_token_request_role import CreateSupportTokenRequestRole
    from .create_support_token_response_201 import CreateSupportTokenResponse201
    from .create_tag_bad_request_error import CreateTagBadRequestError
    from .create_tag_body import CreateTagBody
    from .create_tag_conflict_error import CreateTagConflictError
    from .create_tag_request_color import CreateTagRequestColor
    from .create_tag_response_201 import CreateTagResponse201
    from .create_tag_response_tag_color import CreateTagResponseTagColor
    from .create_tag_unprocessable_entity_error import CreateTagUnprocessableEntityError
    from .create_tariff_profile_body import CreateTariffProfileBody
    from .create_tariff_profile_request_tariff import CreateTariffProfileRequestTariff
    from .create_tariff_profile_response_201 import CreateTariffProfileResponse201
    from .create_user_body import CreateUserBody
    from .create_user_not_found_error import CreateUserNotFoundError
    from .create_user_request_organisation import CreateUserRequestOrganisation
    from .create_user_request_roles_items import CreateUserRequestRolesItems
    from .create_user_response_201 import CreateUserResponse201
    from .create_user_response_errors_items import CreateUserResponseErrorsItems
    from .create_user_unprocessable_entity_error import CreateUserUnprocessableEntityError
    from .created_endpoint import CreatedEndpoint
    from .custom_event_create_dto import CustomEventCreateDto
    from .custom_event_output_dto import CustomEventOutputDto
    from .custom_event_template_output_dto import CustomEventTemplateOutputDto
    from .delete_api_callback_response_200 import DeleteApiCallbackResponse200
    from .delete_api_secret_response_200 import DeleteApiSecretResponse200
    from .delete_cloud_connect_attachment_response_200 import (
        DeleteCloudConnectAttachmentResponse200,
    )
    from .delete_custom_event_response_200 import DeleteCustomEventResponse200
    from .delete_data_stream_response_202 import DeleteDataStreamResponse202
    from .delete_mfa_key_not_found_error import DeleteMfaKeyNotFoundError
    from .delete_service_profile_conflict_error import DeleteServiceProfileConflictError
    from .delete_trusted_device_not_found_error import DeleteTrustedDeviceNotFoundError
    from .delete_user_not_found_error import DeleteUserNotFoundError
    from .delete_user_role_conflict_error import DeleteUserRoleConflictError
    from .delete_user_role_not_found_error import DeleteUserRoleNotFoundError
    from .endpoint import Endpoint
    from .endpoint_details import EndpointDetails
    from .endpoint_get_connectivity_info_by_endpoint_id_response_2000 import (
        EndpointGetConnectivityInfoByEndpointIdResponse2000,
    )
    from .endpoint_get_connectivity_info_by_endpoint_id_response_2001 import (
        EndpointGetConnectivityInfoByEndpointIdResponse2001,
    )
    from .endpoint_get_connectivity_info_by_endpoint_id_response_2002 import (
        EndpointGetConnectivityInfoByEndpointIdResponse2002,
    )
    from .endpoint_summary import EndpointSummary
    from .error import Error
    from .error_response import ErrorResponse
    from .euicc import Euicc
    from .euicc_eim import EuiccEim
    from .euicc_operation import EuiccOperation
    from .euicc_operation_action_ref import EuiccOperationActionRef
    from .euicc_operation_request import EuiccOperationRequest
    from .euicc_supported_profile_type import EuiccSupportedProfileType
    from .euicc_unlinked_validation_request import EuiccUnlinkedValidationRequest
    from .euicc_unlinked_validation_request_target_items import (
        EuiccUnlinkedValidationRequestTargetItems,
    )
    from .euicc_unlinked_validation_response_items import EuiccUnlinkedValidationResponseItems
    from .get_active_tariff_plan_response_200 import GetActiveTariffPlanResponse200
    from .get_active_tariff_plan_response_applied_price import (
        GetActiveTariffPlanResponseAppliedPrice,
    )
    from .get_active_tariff_plan_response_applied_price_sim_activated_rate_items import (
        GetActiveTariffPlanResponseAppliedPriceSimActivatedRateItems,
    )
    from .get_active_tariff_plan_response_service_level import (
        GetActiveTariffPlanResponseServiceLevel,
    )
    from .get_active_tariff_plan_response_tariff_plan import GetActiveTariffPlanResponseTariffPlan
    from .get_active_tariff_plan_response_tariff_plan_currency import (
        GetActiveTariffPlanResponseTariffPlanCurrency,
    )
    from .get_active_tariff_plan_response_tariff_plan_price import (
        GetActiveTariffPlanResponseTariffPlanPrice,
    )
    from .get_active_tariff_plan_response_tariff_plan_price_sim_activated_rate_items import (
        GetActiveTariffPlanResponseTariffPlanPriceSimActivatedRateItems,
    )
    from .get_active_tariff_plan_response_tariff_plan_runtime import (
        GetActiveTariffPlanResponseTariffPlanRuntime,
    )
    from .get_api_secret_response_200 import GetApiSecretResponse200
    from .get_cloud_connect_attachment_response_items import GetCloudConnectAttachmentResponseItems
    from .get_cloud_connect_attachment_response_items_status import (
        GetCloudConnectAttachmentResponseItemsStatus,
    )
    from .get_cloud_connect_attachment_response_items_tunnel_information import (
        GetCloudConnectAttachmentResponseItemsTunnelInformation,
    )
    from .get_cloud_connect_attachment_response_items_tunnel_information_metrics import (
        GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics,
    )
    from .get_cloud_connect_attachment_response_items_tunnel_information_metrics_bytes_in_type_0 import (
        GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesInType0,
    )
    from .get_cloud_connect_attachment_response_items_tunnel_information_metrics_bytes_out_type_0 import (
        GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOutType0,
    )
    from .get_cloud_connect_attachment_response_items_type import (
        GetCloudConnectAttachmentResponseItemsType,
    )
    from .get_data_stream_response_200 import GetDataStreamResponse200
    from .get_data_stream_response_destination import GetDataStreamResponseDestination
    from .get_data_stream_response_destination_credentials_0 import (
        GetDataStreamResponseDestinationCredentials0,
    )
    from .get_data_stream_response_destination_credentials_1 import (
        GetDataStreamResponseDestinationCredentials1,
    )
    from .get_data_stream_response_destination_credentials_2 import (
        GetDataStreamResponseDestinationCredentials2,
    )
    from .get_data_stream_response_destination_credentials_3 import (
        GetDataStreamResponseDestinationCredentials3,
    )
    from .get_data_stream_response_destination_credentials_4 import (
        GetDataStreamResponseDestinationCredentials4,
    )
    from .get_data_stream_response_destination_credentials_5 import (
        GetDataStreamResponseDestinationCredentials5,
    )
    from .get_data_stream_response_destination_credentials_6 import (
        GetDataStreamResponseDestinationCredentials6,
    )
    from .get_data_stream_response_filters_items import GetDataStreamResponseFiltersItems
    from .get_data_stream_response_status import GetDataStreamResponseStatus
    from .get_endpoint_connectivity_info_not_found_error import (
        GetEndpointConnectivityInfoNotFoundError,
    )
    from .get_endpoint_connectivity_info_response_one_of_0_subscriber_info import (
        GetEndpointConnectivityInfoResponseOneOf0SubscriberInfo,
    )
    from .get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location import (
        GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation,
    )
    from .get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location_cell_global_id import (
        GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId,
    )
    from .get_endpoint_connectivity_info_response_one_of_2_subscriber_info import (
        GetEndpointConnectivityInfoResponseOneOf2SubscriberInfo,
    )
    from .get_endpoint_connectivity_response_200 import GetEndpointConnectivityResponse200
    from .get_endpoint_connectivity_response_location import GetEndpointConnectivityResponseLocation
    from .get_endpoint_connectivity_response_pdp_context import (
        GetEndpointConnectivityResponsePdpContext,
    )
    from .get_endpoint_connectivity_response_status import GetEndpointConnectivityResponseStatus
    from .get_endpoint_daily_stats_response_items import GetEndpointDailyStatsResponseItems
    from .get_endpoint_daily_stats_response_items_data import GetEndpointDailyStatsResponseItemsData
    from .get_endpoint_daily_stats_response_items_data_currency import (
        GetEndpointDailyStatsResponseItemsDataCurrency,
    )
    from .get_endpoint_daily_stats_response_items_data_traffic_type import (
        GetEndpointDailyStatsResponseItemsDataTrafficType,
    )
    from .get_endpoint_daily_stats_response_items_sat_geo_data import (
        GetEndpointDailyStatsResponseItemsSatGeoData,
    )
    from .get_endpoint_daily_stats_response_items_sat_geo_sms import (
        GetEndpointDailyStatsResponseItemsSatGeoSms,
    )
    from .get_endpoint_daily_stats_response_items_sms import GetEndpointDailyStatsResponseItemsSms
    from .get_endpoint_daily_stats_response_items_sms_currency import (
        GetEndpointDailyStatsResponseItemsSmsCurrency,
    )
    from .get_endpoint_daily_stats_response_items_sms_traffic_type import (
        GetEndpointDailyStatsResponseItemsSmsTrafficType,
    )
    from .get_endpoint_data_quota_response_200 import GetEndpointDataQuotaResponse200
    from .get_endpoint_data_quota_response_action_on_exhaustion import (
        GetEndpointDataQuotaResponseActionOnExhaustion,
    )
    from .get_endpoint_data_quota_response_action_on_exhaustion_description import (
        GetEndpointDataQuotaResponseActionOnExhaustionDescription,
    )
    from .get_endpoint_data_quota_response_action_on_exhaustion_id import (
        GetEndpointDataQuotaResponseActionOnExhaustionId,
    )
    from .get_endpoint_data_quota_response_status import GetEndpointDataQuotaResponseStatus
    from .get_endpoint_data_quota_response_status_description import (
        GetEndpointDataQuotaResponseStatusDescription,
    )
    from .get_endpoint_data_quota_response_status_id import GetEndpointDataQuotaResponseStatusId
    from .get_endpoint_response_ip_address_space import GetEndpointResponseIpAddressSpace
    from .get_endpoint_response_runtime_data import GetEndpointResponseRuntimeData
    from .get_endpoint_response_service_profile import GetEndpointResponseServiceProfile
    from .get_endpoint_response_sim import GetEndpointResponseSim
    from .get_endpoint_response_sim_status import GetEndpointResponseSimStatus
    from .get_endpoint_response_status import GetEndpointResponseStatus
    from .get_endpoint_response_tariff_profile import GetEndpointResponseTariffProfile
    from .get_endpoint_sms_response_200 import GetEndpointSmsResponse200
    from .get_endpoint_sms_response_endpoint import GetEndpointSmsResponseEndpoint
    from .get_endpoint_sms_response_sms_type import GetEndpointSmsResponseSmsType
    from .get_endpoint_sms_response_source_address_type import (
        GetEndpointSmsResponseSourceAddressType,
    )
    from .get_endpoint_sms_response_status import GetEndpointSmsResponseStatus
    from .get_my_organisation_response_200 import GetMyOrganisationResponse200
    from .get_organisation_active_tariff_plan_response_200 import (
        GetOrganisationActiveTariffPlanResponse200,
    )
    from .get_organisation_active_tariff_plan_response_applied_price import (
        GetOrganisationActiveTariffPlanResponseAppliedPrice,
    )
    from .get_organisation_active_tariff_plan_response_applied_price_sim_activated_rate_items import (
        GetOrganisationActiveTariffPlanResponseAppliedPriceSimActivatedRateItems,
    )
    from .get_organisation_active_tariff_plan_response_service_level import (
        GetOrganisationActiveTariffPlanResponseServiceLevel,
    )
    from .get_organisation_active_tariff_plan_response_tariff_plan import (
        GetOrganisationActiveTariffPlanResponseTariffPlan,
    )
    from .get_organisation_active_tariff_plan_response_tariff_plan_currency import (
        GetOrganisationActiveTariffPlanResponseTariffPlanCurrency,
    )
    from .get_organisation_active_tariff_plan_response_tariff_plan_price import (
        GetOrganisationActiveTariffPlanResponseTariffPlanPrice,
    )
    from .get_organisation_active_tariff_plan_response_tariff_plan_price_sim_activated_rate_items import (
        GetOrganisationActiveTariffPlanResponseTariffPlanPriceSimActivatedRateItems,
    )
    from .get_organisation_active_tariff_plan_response_tariff_plan_runtime import (
        GetOrganisationActiveTariffPlanResponseTariffPlanRuntime,
    )
    from .get_organisation_daily_stats_response_items import GetOrganisationDailyStatsResponseItems
    from .get_organisation_daily_stats_response_items_data import (
        GetOrganisationDailyStatsResponseItemsData,
    )
    from .get_organisation_daily_stats_response_items_data_currency import (
        GetOrganisationDailyStatsResponseItemsDataCurrency,
    )
    from .get_organisation_daily_stats_response_items_data_traffic_type import (
        GetOrganisationDailyStatsResponseItemsDataTrafficType,
    )
    from .get_organisation_daily_stats_response_items_sms import (
        GetOrganisationDailyStatsResponseItemsSms,
    )
    from .get_organisation_daily_stats_response_items_sms_currency import (
        GetOrganisationDailyStatsResponseItemsSmsCurrency,
    )
    from .get_organisation_daily_stats_response_items_sms_traffic_type import (
        GetOrganisationDailyStatsResponseItemsSmsTrafficType,
    )
    from .get_organisation_hourly_stats_response_200 import GetOrganisationHourlyStatsResponse200
    from .get_organisation_hourly_stats_response_data import GetOrganisationHourlyStatsResponseData
    from .get_organisation_hourly_stats_response_sms import GetOrganisationHourlyStatsResponseSms
    from .get_organisation_monthly_stats_response_200 import GetOrganisationMonthlyStatsResponse200
    from .get_organisation_monthly_stats_response_current_month import (
        GetOrganisationMonthlyStatsResponseCurrentMonth,
    )
    from .get_organisation_monthly_stats_response_current_month_data import (
        GetOrganisationMonthlyStatsResponseCurrentMonthData,
    )
    from .get_organisation_monthly_stats_response_current_month_data_currency import (
        GetOrganisationMonthlyStatsResponseCurrentMonthDataCurrency,
    )
    from .get_organisation_monthly_stats_response_current_month_data_traffic_type import (
        GetOrganisationMonthlyStatsResponseCurrentMonthDataTrafficType,
    )
    from .get_organisation_monthly_stats_response_current_month_sms import (
        GetOrganisationMonthlyStatsResponseCurrentMonthSms,
    )
    from .get_organisation_monthly_stats_response_current_month_sms_currency import (
        GetOrganisationMonthlyStatsResponseCurrentMonthSmsCurrency,
    )
    from .get_organisation_monthly_stats_response_current_month_sms_traffic_type import (
        GetOrganisationMonthlyStatsResponseCurrentMonthSmsTrafficType,
    )
    from .get_organisation_monthly_stats_response_inclusive_volume import (
        GetOrganisationMonthlyStatsResponseInclusiveVolume,
    )
    from .get_organisation_monthly_stats_response_last_month import (
        GetOrganisationMonthlyStatsResponseLastMonth,
    )
    from .get_organisation_monthly_stats_response_last_month_data import (
        GetOrganisationMonthlyStatsResponseLastMonthData,
    )
    from .get_organisation_monthly_stats_response_last_month_data_currency import (
        GetOrganisationMonthlyStatsResponseLastMonthDataCurrency,
    )
    from .get_organisation_monthly_stats_response_last_month_data_traffic_type import (
        GetOrganisationMonthlyStatsResponseLastMonthDataTrafficType,
    )
    from .get_organisation_monthly_stats_response_last_month_sms import (
        GetOrganisationMonthlyStatsResponseLastMonthSms,
    )
    from .get_organisation_monthly_stats_response_last_month_sms_currency import (
        GetOrganisationMonthlyStatsResponseLastMonthSmsCurrency,
    )
    from .get_organisation_monthly_stats_response_last_month_sms_traffic_type import (
        GetOrganisationMonthlyStatsResponseLastMonthSmsTrafficType,
    )
    from .get_organisation_monthly_stats_response_prepaid_balance import (
        GetOrganisationMonthlyStatsResponsePrepaidBalance,
    )
    from .get_organisation_monthly_stats_response_prepaid_balance_currency import (
        GetOrganisationMonthlyStatsResponsePrepaidBalanceCurrency,
    )
    from .get_organisation_monthly_stats_response_sim import GetOrganisationMonthlyStatsResponseSim
    from .get_service_profile_response_200 import GetServiceProfileResponse200
    from .get_service_profile_response_api_callback import GetServiceProfileResponseApiCallback
    from .get_service_profile_response_api_secret import GetServiceProfileResponseApiSecret
    from .get_service_profile_response_breakout_region import (
        GetServiceProfileResponseBreakoutRegion,
    )
    from .get_service_profile_response_esme_interface_type import (
        GetServiceProfileResponseEsmeInterfaceType,
    )
    from .get_service_profile_response_ip_firewall_rule_set import (
        GetServiceProfileResponseIpFirewallRuleSet,
    )
    from .get_service_profile_response_ip_firewall_rule_set_ip_firewall_profiles_items import (
        GetServiceProfileResponseIpFirewallRuleSetIpFirewallProfilesItems,
    )
    from .get_service_profile_response_moc_callback import GetServiceProfileResponseMocCallback
    from .get_service_profile_response_service_items import GetServiceProfileResponseServiceItems
    from .get_service_traffic_limit_response_items import GetServiceTrafficLimitResponseItems
    from .get_service_traffic_limit_response_items_period import (
        GetServiceTrafficLimitResponseItemsPeriod,
    )
    from .get_sim_response_customer_org import GetSimResponseCustomerOrg
    from .get_sim_response_customer_org_country import GetSimResponseCustomerOrgCountry
    from .get_sim_response_endpoint import GetSimResponseEndpoint
    from .get_sim_response_issuer_org import GetSimResponseIssuerOrg
    from .get_sim_response_issuer_org_country import GetSimResponseIssuerOrgCountry
    from .get_sim_response_model import GetSimResponseModel
    from .get_sim_response_model_formfactor import GetSimResponseModelFormfactor
    from .get_sim_response_model_manufacturer import GetSimResponseModelManufacturer
    from .get_sim_response_reseller_org import GetSimResponseResellerOrg
    from .get_sim_response_reseller_org_country import GetSimResponseResellerOrgCountry
    from .get_sim_response_status import GetSimResponseStatus
    from .get_tariff_profile_blocked_operator_response_200 import (
        GetTariffProfileBlockedOperatorResponse200,
    )
    from .get_tariff_profile_blocked_operator_response_blocklist import (
        GetTariffProfileBlockedOperatorResponseBlocklist,
    )
    from .get_tariff_profile_blocked_operator_response_blocklist_rat_types_items import (
        GetTariffProfileBlockedOperatorResponseBlocklistRatTypesItems,
    )
    from .get_tariff_profile_blocked_operator_response_operator import (
        GetTariffProfileBlockedOperatorResponseOperator,
    )
    from .get_tariff_profile_blocked_operator_response_tariff_profile import (
        GetTariffProfileBlockedOperatorResponseTariffProfile,
    )
    from .get_tariff_profile_response_200 import GetTariffProfileResponse200
    from .get_tariff_profile_response_inclusive_volume import (
        GetTariffProfileResponseInclusiveVolume,
    )
    from .get_tariff_profile_response_inclusive_volume_currency import (
        GetTariffProfileResponseInclusiveVolumeCurrency,
    )
    from .get_tariff_profile_response_inclusive_volume_ratezone import (
        GetTariffProfileResponseInclusiveVolumeRatezone,
    )
    from .get_tariff_profile_response_tariff import GetTariffProfileResponseTariff
    from .get_tariff_profile_response_tariff_currency import GetTariffProfileResponseTariffCurrency
    from .get_tariff_profile_response_tariff_currency_id import (
        GetTariffProfileResponseTariffCurrencyId,
    )
    from .get_user_not_found_error import GetUserNotFoundError
    from .get_user_response_200 import GetUserResponse200
    from .get_user_response_mfa_items import GetUserResponseMfaItems
    from .get_user_response_organisation import GetUserResponseOrganisation
    from .get_user_response_roles_items import GetUserResponseRolesItems
    from .get_user_response_status import GetUserResponseStatus
    from .get_workspace_daily_stats_response_200 import GetWorkspaceDailyStatsResponse200
    from .get_workspace_daily_stats_response_days_items import (
        GetWorkspaceDailyStatsResponseDaysItems,
    )
    from .get_workspace_daily_stats_response_days_items_data_volume import (
        GetWorkspaceDailyStatsResponseDaysItemsDataVolume,
    )
    from .get_workspace_daily_stats_response_days_items_data_volume_currency import (
        GetWorkspaceDailyStatsResponseDaysItemsDataVolumeCurrency,
    )
    from .get_workspace_daily_stats_response_days_items_data_volume_traffic_type import (
        GetWorkspaceDailyStatsResponseDaysItemsDataVolumeTrafficType,
    )
    from .get_workspace_daily_stats_response_days_items_sat_geo_data_volume import (
        GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume,
    )
    from .get_workspace_daily_stats_response_days_items_sat_geo_data_volume_currency import (
        GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolumeCurrency,
    )
    from .get_workspace_daily_stats_response_days_items_sat_geo_data_volume_traffic_type import (
        GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolumeTrafficType,
    )
    from .get_workspace_daily_stats_response_days_items_sat_geo_sms_volume import (
        GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume,
    )
    from .get_workspace_daily_stats_response_days_items_sat_geo_sms_volume_currency import (
        GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolumeCurrency,
    )
    from .get_workspace_daily_stats_response_days_items_sat_geo_sms_volume_traffic_type import (
        GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolumeTrafficType,
    )
    from .get_workspace_daily_stats_response_days_items_sms_volume import (
        GetWorkspaceDailyStatsResponseDaysItemsSmsVolume,
    )
    from .get_workspace_daily_stats_response_days_items_sms_volume_currency import (
        GetWorkspaceDailyStatsResponseDaysItemsSmsVolumeCurrency,
    )
    from .get_workspace_daily_stats_response_days_items_sms_volume_traffic_type import (
        GetWorkspaceDailyStatsResponseDaysItemsSmsVolumeTrafficType,
    )
    from .get_workspace_daily_stats_response_total import GetWorkspaceDailyStatsResponseTotal
    from .get_workspace_daily_stats_response_total_data_volume import (
        GetWorkspaceDailyStatsResponseTotalDataVolume,
    )
    from .get_workspace_daily_stats_response_total_data_volume_currency import (
        GetWorkspaceDailyStatsResponseTotalDataVolumeCurrency,
    )
    from .get_workspace_daily_stats_response_total_data_volume_traffic_type import (
        GetWorkspaceDailyStatsResponseTotalDataVolumeTrafficType,
    )
    from .get_workspace_daily_stats_response_total_sat_geo_data_volume import (
        GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume,
    )
    from .get_workspace_daily_stats_response_total_sat_geo_data_volume_currency import (
        GetWorkspaceDailyStatsResponseTotalSatGeoDataVolumeCurrency,
    )
    from .get_workspace_daily_stats_response_total_sat_geo_data_volume_traffic_type import (
        GetWorkspaceDailyStatsResponseTotalSatGeoDataVolumeTrafficType,
    )
    from .get_workspace_daily_stats_response_total_sat_geo_sms_volume import (
        GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume,
    )
    from .get_workspace_daily_stats_response_total_sat_geo_sms_volume_currency import (
        GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolumeCurrency,
    )
    from .get_workspace_daily_stats_response_total_sat_geo_sms_volume_traffic_type import (
        GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolumeTrafficType,
    )
    from .get_workspace_daily_stats_response_total_sms_volume import (
        GetWorkspaceDailyStatsResponseTotalSmsVolume,
    )
    from .get_workspace_daily_stats_response_total_sms_volume_currency import (
        GetWorkspaceDailyStatsResponseTotalSmsVolumeCurrency,
    )
    from .get_workspace_daily_stats_response_total_sms_volume_traffic_type import (
        GetWorkspaceDailyStatsResponseTotalSmsVolumeTrafficType,
    )
    from .id_name import IdName
    from .invite_user_body import InviteUserBody
    from .invite_user_request_organisation import InviteUserRequestOrganisation
    from .invite_user_request_roles_items import InviteUserRequestRolesItems
    from .invite_user_response_201 import InviteUserResponse201
    from .invite_user_response_organisation import InviteUserResponseOrganisation
    from .invite_user_response_roles_items import InviteUserResponseRolesItems
    from .list_active_organisation_inclusive_volumes_response_items import (
        ListActiveOrganisationInclusiveVolumesResponseItems,
    )
    from .list_active_organisation_inclusive_volumes_response_items_currency import (
        ListActiveOrganisationInclusiveVolumesResponseItemsCurrency,
    )
    from .list_active_organisation_inclusive_volumes_response_items_tariff import (
        ListActiveOrganisationInclusiveVolumesResponseItemsTariff,
    )
    from .list_active_organisation_inclusive_volumes_response_items_tariff_ratezone import (
        ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone,
    )
    from .list_api_secrets_response_items import ListApiSecretsResponseItems
    from .list_application_tokens_response_items import ListApplicationTokensResponseItems
    from .list_application_tokens_response_items_creator import (
        ListApplicationTokensResponseItemsCreator,
    )
    from .list_application_tokens_response_items_status import (
        ListApplicationTokensResponseItemsStatus,
    )
    from .list_assigned_workspaces_response_items import ListAssignedWorkspacesResponseItems
    from .list_assigned_workspaces_response_items_roles_items import (
        ListAssignedWorkspacesResponseItemsRolesItems,
    )
    from .list_assigned_workspaces_response_items_status import (
        ListAssignedWorkspacesResponseItemsStatus,
    )
    from .list_assigned_workspaces_response_items_status_status import (
        ListAssignedWorkspacesResponseItemsStatusStatus,
    )
    from .list_available_ip_address_spaces_response_items import (
        ListAvailableIpAddressSpacesResponseItems,
    )
    from .list_breakout_regions_response_items import ListBreakoutRegionsResponseItems
    from .list_cloud_connect_attachments_response_items import (
        ListCloudConnectAttachmentsResponseItems,
    )
    from .list_cloud_connect_attachments_response_items_status import (
        ListCloudConnectAttachmentsResponseItemsStatus,
    )
    from .list_cloud_connect_attachments_response_items_type import (
        ListCloudConnectAttachmentsResponseItemsType,
    )
    from .list_cloud_connect_available_regions_response_items import (
        ListCloudConnectAvailableRegionsResponseItems,
    )
    from .list_cloud_connect_breakout_types_response_items import (
        ListCloudConnectBreakoutTypesResponseItems,
    )
    from .list_cloud_connect_prices_response_items import ListCloudConnectPricesResponseItems
    from .list_cloud_connect_prices_response_items_currency import (
        ListCloudConnectPricesResponseItemsCurrency,
    )
    from .list_countries_response_items import ListCountriesResponseItems
    from .list_currencies_response_items import ListCurrenciesResponseItems
    from .list_data_blocksizes_response_items import ListDataBlocksizesResponseItems
    from .list_data_stream_filter_fields_response_items import (
        ListDataStreamFilterFieldsResponseItems,
    )
    from .list_data_stream_statuses_response_items import ListDataStreamStatusesResponseItems
    from .list_data_stream_types_response_items import ListDataStreamTypesResponseItems
    from .list_data_streams_response_200 import ListDataStreamsResponse200
    from .list_data_streams_response_destination import ListDataStreamsResponseDestination
    from .list_data_streams_response_destination_credentials_0 import (
        ListDataStreamsResponseDestinationCredentials0,
    )
    from .list_data_streams_response_destination_credentials_1 import (
        ListDataStreamsResponseDestinationCredentials1,
    )
    from .list_data_streams_response_destination_credentials_2 import (
        ListDataStreamsResponseDestinationCredentials2,
    )
    from .list_data_streams_response_destination_credentials_3 import (
        ListDataStreamsResponseDestinationCredentials3,
    )
    from .list_data_streams_response_destination_credentials_4 import (
        ListDataStreamsResponseDestinationCredentials4,
    )
    from .list_data_streams_response_destination_credentials_5 import (
        ListDataStreamsResponseDestinationCredentials5,
    )
    from .list_data_streams_response_destination_credentials_6 import (
        ListDataStreamsResponseDestinationCredentials6,
    )
    from .list_data_streams_response_filters_items import ListDataStreamsResponseFiltersItems
    from .list_data_throttles_response_items import ListDataThrottlesResponseItems
    from .list_dns_configs_response_items import ListDnsConfigsResponseItems
    from .list_endpoint_events_response_items import ListEndpointEventsResponseItems
    from .list_endpoint_events_response_items_endpoint import (
        ListEndpointEventsResponseItemsEndpoint,
    )
    from .list_endpoint_events_response_items_event_severity import (
        ListEndpointEventsResponseItemsEventSeverity,
    )
    from .list_endpoint_events_response_items_event_source import (
        ListEndpointEventsResponseItemsEventSource,
    )
    from .list_endpoint_events_response_items_event_type import (
        ListEndpointEventsResponseItemsEventType,
    )
    from .list_endpoint_events_response_items_imsi import ListEndpointEventsResponseItemsImsi
    from .list_endpoint_events_response_items_organisation import (
        ListEndpointEventsResponseItemsOrganisation,
    )
    from .list_endpoint_events_response_items_sim import ListEndpointEventsResponseItemsSim
    from .list_endpoint_events_response_items_user_type_0 import (
        ListEndpointEventsResponseItemsUserType0,
    )
    from .list_endpoint_operator_blacklist_response_items import (
        ListEndpointOperatorBlacklistResponseItems,
    )
    from .list_endpoint_operator_blacklist_response_items_country import (
        ListEndpointOperatorBlacklistResponseItemsCountry,
    )
    from .list_endpoint_operator_blacklist_response_items_mnc_items import (
        ListEndpointOperatorBlacklistResponseItemsMncItems,
    )
    from .list_endpoint_operator_blacklist_response_items_tapcode_items import (
        ListEndpointOperatorBlacklistResponseItemsTapcodeItems,
    )
    from .list_endpoint_sms_response_items import ListEndpointSmsResponseItems
    from .list_endpoint_sms_response_items_endpoint import ListEndpointSmsResponseItemsEndpoint
    from .list_endpoint_sms_response_items_sms_type import ListEndpointSmsResponseItemsSmsType
    from .list_endpoint_sms_response_items_source_address_type import (
        ListEndpointSmsResponseItemsSourceAddressType,
    )
    from .list_endpoint_sms_response_items_status import ListEndpointSmsResponseItemsStatus
    from .list_endpoint_statuses_response_items import ListEndpointStatusesResponseItems
    from .list_endpoint_tags_bad_request_error import ListEndpointTagsBadRequestError
    from .list_endpoint_tags_response_items import ListEndpointTagsResponseItems
    from .list_endpoint_tags_response_items_tag_color import ListEndpointTagsResponseItemsTagColor
    from .list_endpoint_traffic_limit_extensions_response_items import (
        ListEndpointTrafficLimitExtensionsResponseItems,
    )
    from .list_endpoints_response_items_ip_address_space import (
        ListEndpointsResponseItemsIpAddressSpace,
    )
    from .list_endpoints_response_items_runtime_data import ListEndpointsResponseItemsRuntimeData
    from .list_endpoints_response_items_service_profile import (
        ListEndpointsResponseItemsServiceProfile,
    )
    from .list_endpoints_response_items_sim import ListEndpointsResponseItemsSim
    from .list_endpoints_response_items_sim_euicc_profile_data import (
        ListEndpointsResponseItemsSimEuiccProfileData,
    )
    from .list_endpoints_response_items_sim_sim_profile_type import (
        ListEndpointsResponseItemsSimSimProfileType,
    )
    from .list_endpoints_response_items_sim_status import ListEndpointsResponseItemsSimStatus
    from .list_endpoints_response_items_status import ListEndpointsResponseItemsStatus
    from .list_endpoints_response_items_tag_assignments_items import (
        ListEndpointsResponseItemsTagAssignmentsItems,
    )
    from .list_endpoints_response_items_tag_assignments_items_tag_color import (
        ListEndpointsResponseItemsTagAssignmentsItemsTagColor,
    )
    from .list_endpoints_response_items_tariff_profile import (
        ListEndpointsResponseItemsTariffProfile,
    )
    from .list_esme_interface_types_response_items import ListEsmeInterfaceTypesResponseItems
    from .list_event_types_response_items import ListEventTypesResponseItems
    from .list_events_response_items import ListEventsResponseItems
    from .list_events_response_items_endpoint_type_0 import ListEventsResponseItemsEndpointType0
    from .list_events_response_items_event_severity import ListEventsResponseItemsEventSeverity
    from .list_events_response_items_event_source import ListEventsResponseItemsEventSource
    from .list_events_response_items_event_type import ListEventsResponseItemsEventType
    from .list_events_response_items_imsi_type_0 import ListEventsResponseItemsImsiType0
    from .list_events_response_items_organisation import ListEventsResponseItemsOrganisation
    from .list_events_response_items_sim_type_0 import ListEventsResponseItemsSimType0
    from .list_events_response_items_user import ListEventsResponseItemsUser
    from .list_ip_address_spaces_response_items import ListIpAddressSpacesResponseItems
    from .list_mfa_key_statuses_response_items import ListMfaKeyStatusesResponseItems
    from .list_mfa_key_types_response_items import ListMfaKeyTypesResponseItems
    from .list_operators_response_items import ListOperatorsResponseItems
    from .list_operators_response_items_country import ListOperatorsResponseItemsCountry
    from .list_organisation_statuses_response_items import ListOrganisationStatusesResponseItems
    from .list_organisation_tariff_plans_response_items import (
        ListOrganisationTariffPlansResponseItems,
    )
    from .list_organisation_tariff_plans_response_items_service_level import (
        ListOrganisationTariffPlansResponseItemsServiceLevel,
    )
    from .list_organisation_tariff_plans_response_items_tariff_plan import (
        ListOrganisationTariffPlansResponseItemsTariffPlan,
    )
    from .list_organisation_tariff_plans_response_items_tariff_plan_currency import (
        ListOrganisationTariffPlansResponseItemsTariffPlanCurrency,
    )
    from .list_organisation_tariff_plans_response_items_tariff_plan_notes import (
        ListOrganisationTariffPlansResponseItemsTariffPlanNotes,
    )
    from .list_organisation_tariff_plans_response_items_tariff_plan_price import (
        ListOrganisationTariffPlansResponseItemsTariffPlanPrice,
    )
    from .list_organisation_tariff_plans_response_items_tariff_plan_price_sim_activated_rate_items_0 import (
        ListOrganisationTariffPlansResponseItemsTariffPlanPriceSimActivatedRateItems0,
    )
    from .list_organisation_tariff_plans_response_items_tariff_plan_price_sim_activated_rate_items_1 import (
        ListOrganisationTariffPlansResponseItemsTariffPlanPriceSimActivatedRateItems1,
    )
    from .list_organisation_tariff_plans_response_items_tariff_plan_service_level import (
        ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel,
    )
    from .list_organisation_tariff_plans_response_items_tariff_plan_status import (
        ListOrganisationTariffPlansResponseItemsTariffPlanStatus,
    )
    from .list_organisation_tariff_plans_response_items_tariff_plan_tariff_plan_runtime_id import (
        ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId,
    )
    from .list_organisation_tariff_plans_response_items_tariff_plan_visibility import (
        ListOrganisationTariffPlansResponseItemsTariffPlanVisibility,
    )
    from .list_rat_types_response_items import ListRatTypesResponseItems
    from .list_service_levels_response_items import ListServiceLevelsResponseItems
    from .list_service_profile_data_limits_response_items import (
        ListServiceProfileDataLimitsResponseItems,
    )
    from .list_service_profile_data_limits_response_items_period import (
        ListServiceProfileDataLimitsResponseItemsPeriod,
    )
    from .list_service_profile_data_limits_response_items_service import (
        ListServiceProfileDataLimitsResponseItemsService,
    )
    from .list_service_profiles_response_items import ListServiceProfilesResponseItems
    from .list_service_profiles_response_items_ip_firewall_rule_set import (
        ListServiceProfilesResponseItemsIpFirewallRuleSet,
    )
    from .list_service_profiles_response_items_ip_firewall_rule_set_ip_firewall_profiles_items import (
        ListServiceProfilesResponseItemsIpFirewallRuleSetIpFirewallProfilesItems,
    )
    from .list_services_response_items import ListServicesResponseItems
    from .list_services_response_items_traffic_type import ListServicesResponseItemsTrafficType
    from .list_sim_events_response_items import ListSimEventsResponseItems
    from .list_sim_events_response_items_endpoint import ListSimEventsResponseItemsEndpoint
    from .list_sim_events_response_items_event_severity import (
        ListSimEventsResponseItemsEventSeverity,
    )
    from .list_sim_events_response_items_event_source import ListSimEventsResponseItemsEventSource
    from .list_sim_events_response_items_event_type import ListSimEventsResponseItemsEventType
    from .list_sim_events_response_items_imsi import ListSimEventsResponseItemsImsi
    from .list_sim_events_response_items_organisation import ListSimEventsResponseItemsOrganisation
    from .list_sim_events_response_items_sim import ListSimEventsResponseItemsSim
    from .list_sim_events_response_items_user_type_0 import ListSimEventsResponseItemsUserType0
    from .list_sim_statuses_response_items import ListSimStatusesResponseItems
    from .list_sims_response_items_customer_org import ListSimsResponseItemsCustomerOrg
    from .list_sims_response_items_customer_org_country import (
        ListSimsResponseItemsCustomerOrgCountry,
    )
    from .list_sims_response_items_endpoint import ListSimsResponseItemsEndpoint
    from .list_sims_response_items_issuer_org import ListSimsResponseItemsIssuerOrg
    from .list_sims_response_items_issuer_org_country import ListSimsResponseItemsIssuerOrgCountry
    from .list_sims_response_items_model import ListSimsResponseItemsModel
    from .list_sims_response_items_model_formfactor import ListSimsResponseItemsModelFormfactor
    from .list_sims_response_items_model_manufacturer import ListSimsResponseItemsModelManufacturer
    from .list_sims_response_items_reseller_org import ListSimsResponseItemsResellerOrg
    from .list_sims_response_items_reseller_org_country import (
        ListSimsResponseItemsResellerOrgCountry,
    )
    from .list_sims_response_items_status import ListSimsResponseItemsStatus
    from .list_tag_colors_response_items import ListTagColorsResponseItems
    from .list_tags_bad_request_error import ListTagsBadRequestError
    from .list_tags_response_200 import ListTagsResponse200
    from .list_tags_response_data_items import ListTagsResponseDataItems
    from .list_tags_response_data_items_tag_color import ListTagsResponseDataItemsTagColor
    from .list_tariff_profile_blocked_operators_response_200 import (
        ListTariffProfileBlockedOperatorsResponse200,
    )
    from .list_tariff_profile_blocked_operators_response_blocklist import (
        ListTariffProfileBlockedOperatorsResponseBlocklist,
    )
    from .list_tariff_profile_blocked_operators_response_blocklist_rat_types_items import (
        ListTariffProfileBlockedOperatorsResponseBlocklistRatTypesItems,
    )
    from .list_tariff_profile_blocked_operators_response_operator import (
        ListTariffProfileBlockedOperatorsResponseOperator,
    )
    from .list_tariff_profile_blocked_operators_response_tariff_profile import (
        ListTariffProfileBlockedOperatorsResponseTariffProfile,
    )
    from .list_tariff_profile_coverage_response_items import ListTariffProfileCoverageResponseItems
    from .list_tariff_profile_coverage_response_items_country import (
        ListTariffProfileCoverageResponseItemsCountry,
    )
    from .list_tariff_profiles_response_items import ListTariffProfilesResponseItems
    from .list_tariff_profiles_response_items_inclusive_volume import (
        ListTariffProfilesResponseItemsInclusiveVolume,
    )
    from .list_tariff_profiles_response_items_inclusive_volume_currency import (
        ListTariffProfilesResponseItemsInclusiveVolumeCurrency,
    )
    from .list_tariff_profiles_response_items_inclusive_volume_ratezone import (
        ListTariffProfilesResponseItemsInclusiveVolumeRatezone,
    )
    from .list_tariff_profiles_response_items_tariff import ListTariffProfilesResponseItemsTariff
    from .list_tariff_profiles_response_items_tariff_currency import (
        ListTariffProfilesResponseItemsTariffCurrency,
    )
    from .list_tariff_profiles_response_items_tariff_currency_id import (
        ListTariffProfilesResponseItemsTariffCurrencyId,
    )
    from .list_traffic_limits_response_items import ListTrafficLimitsResponseItems
    from .list_traffic_limits_response_items_period import ListTrafficLimitsResponseItemsPeriod
    from .list_traffic_limits_response_items_service import ListTrafficLimitsResponseItemsService
    from .list_trusted_devices_not_found_error import ListTrustedDevicesNotFoundError
    from .list_trusted_devices_response_items import ListTrustedDevicesResponseItems
    from .list_user_events_response_items import ListUserEventsResponseItems
    from .list_user_events_response_items_endpoint_type_0 import (
        ListUserEventsResponseItemsEndpointType0,
    )
    from .list_user_events_response_items_event_severity import (
        ListUserEventsResponseItemsEventSeverity,
    )
    from .list_user_events_response_items_event_source import ListUserEventsResponseItemsEventSource
    from .list_user_events_response_items_event_type import ListUserEventsResponseItemsEventType
    from .list_user_events_response_items_imsi_type_0 import ListUserEventsResponseItemsImsiType0
    from .list_user_events_response_items_organisation import (
        ListUserEventsResponseItemsOrganisation,
    )
    from .list_user_events_response_items_sim_type_0 import ListUserEventsResponseItemsSimType0
    from .list_user_events_response_items_user import ListUserEventsResponseItemsUser
    from .list_user_role_permissions_response_200 import ListUserRolePermissionsResponse200
    from .list_user_roles_response_items import ListUserRolesResponseItems
    from .list_user_statuses_response_items import ListUserStatusesResponseItems
    from .list_users_response_items import ListUsersResponseItems
    from .list_users_response_items_organisation import ListUsersResponseItemsOrganisation
    from .list_users_response_items_status import ListUsersResponseItemsStatus
    from .migrate_sims_to_workspace_body import MigrateSimsToWorkspaceBody
    from .migrate_sims_to_workspace_conflict_error import MigrateSimsToWorkspaceConflictError
    from .migrate_sims_to_workspace_request_allowed_sim_statuses_items import (
        MigrateSimsToWorkspaceRequestAllowedSimStatusesItems,
    )
    from .migrate_sims_to_workspace_request_iccid_range import (
        MigrateSimsToWorkspaceRequestIccidRange,
    )
    from .migrate_sims_to_workspace_request_sims_items import MigrateSimsToWorkspaceRequestSimsItems
    from .migrate_sims_to_workspace_request_target_workspace import (
        MigrateSimsToWorkspaceRequestTargetWorkspace,
    )
    from .migrate_sims_to_workspace_response_200 import MigrateSimsToWorkspaceResponse200
    from .migrate_sims_to_workspace_response_allowed_sim_statuses_items import (
        MigrateSimsToWorkspaceResponseAllowedSimStatusesItems,
    )
    from .migrate_sims_to_workspace_response_errors_items import (
        MigrateSimsToWorkspaceResponseErrorsItems,
    )
    from .migrate_sims_to_workspace_response_errors_items_sims_items import (
        MigrateSimsToWorkspaceResponseErrorsItemsSimsItems,
    )
    from .migrate_sims_to_workspace_response_errors_items_sims_items_endpoint import (
        MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsEndpoint,
    )
    from .migrate_sims_to_workspace_response_errors_items_sims_items_source_workspace import (
        MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsSourceWorkspace,
    )
    from .migrate_sims_to_workspace_response_errors_items_sims_items_status import (
        MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsStatus,
    )
    from .migrate_sims_to_workspace_response_sims_items import (
        MigrateSimsToWorkspaceResponseSimsItems,
    )
    from .migrate_sims_to_workspace_response_sims_items_endpoint import (
        MigrateSimsToWorkspaceResponseSimsItemsEndpoint,
    )
    from .migrate_sims_to_workspace_response_sims_items_source_workspace import (
        MigrateSimsToWorkspaceResponseSimsItemsSourceWorkspace,
    )
    from .migrate_sims_to_workspace_response_sims_items_status import (
        MigrateSimsToWorkspaceResponseSimsItemsStatus,
    )
    from .migrate_sims_to_workspace_response_target_workspace import (
        MigrateSimsToWorkspaceResponseTargetWorkspace,
    )
    from .operation_action import OperationAction
    from .operation_status import OperationStatus
    from .organisation import Organisation
    from .product_ref import ProductRef
    from .profile import Profile
    from .profile_profile_type import ProfileProfileType
    from .profile_status import ProfileStatus
    from .register_sim_batch_body import RegisterSimBatchBody
    from .register_sim_batch_request_sim_status import RegisterSimBatchRequestSimStatus
    from .register_sim_batch_response_200 import RegisterSimBatchResponse200
    from .register_sim_batch_response_sim_items import RegisterSimBatchResponseSimItems
    from .register_sim_batch_response_sim_items_customer_org import (
        RegisterSimBatchResponseSimItemsCustomerOrg,
    )
    from .register_sim_batch_response_sim_items_customer_org_country import (
        RegisterSimBatchResponseSimItemsCustomerOrgCountry,
    )
    from .register_sim_batch_response_sim_items_endpoint import (
        RegisterSimBatchResponseSimItemsEndpoint,
    )
    from .register_sim_batch_response_sim_items_issuer_org import (
        RegisterSimBatchResponseSimItemsIssuerOrg,
    )
    from .register_sim_batch_response_sim_items_issuer_org_country import (
        RegisterSimBatchResponseSimItemsIssuerOrgCountry,
    )
    from .register_sim_batch_response_sim_items_model import RegisterSimBatchResponseSimItemsModel
    from .register_sim_batch_response_sim_items_model_formfactor import (
        RegisterSimBatchResponseSimItemsModelFormfactor,
    )
    from .register_sim_batch_response_sim_items_model_manufacturer import (
        RegisterSimBatchResponseSimItemsModelManufacturer,
    )
    from .register_sim_batch_response_sim_items_reseller_org import (
        RegisterSimBatchResponseSimItemsResellerOrg,
    )
    from .register_sim_batch_response_sim_items_reseller_org_country import (
        RegisterSimBatchResponseSimItemsResellerOrgCountry,
    )
    from .register_sim_batch_response_sim_items_status import RegisterSimBatchResponseSimItemsStatus
    from .release_ip_address_space_conflict_error import ReleaseIpAddressSpaceConflictError
    from .release_ip_address_space_not_found_error import ReleaseIpAddressSpaceNotFoundError
    from .remove_endpoint_operator_blacklist_not_found_error import (
        RemoveEndpointOperatorBlacklistNotFoundError,
    )
    from .remove_service_profile_service_conflict_error import (
        RemoveServiceProfileServiceConflictError,
    )
    from .remove_service_profile_sms_limit_response_200 import (
        RemoveServiceProfileSmsLimitResponse200,
    )
    from .resend_user_activation_body import ResendUserActivationBody
    from .reset_endpoint_connectivity_body import ResetEndpointConnectivityBody
    from .restart_data_stream_response_202 import RestartDataStreamResponse202
    from .retry_cloud_connect_attachment_response_200 import RetryCloudConnectAttachmentResponse200
    from .send_endpoint_sms_body import SendEndpointSmsBody
    from .send_endpoint_sms_request_source_address_type import (
        SendEndpointSmsRequestSourceAddressType,
    )
    from .send_endpoint_sms_response_201 import SendEndpointSmsResponse201
    from .set_endpoint_data_quota_body import SetEndpointDataQuotaBody
    from .set_endpoint_data_quota_request_action_on_exhaustion import (
        SetEndpointDataQuotaRequestActionOnExhaustion,
    )
    from .set_endpoint_data_quota_request_action_on_exhaustion_description import (
        SetEndpointDataQuotaRequestActionOnExhaustionDescription,
    )
    from .set_endpoint_data_quota_request_action_on_exhaustion_id import (
        SetEndpointDataQuotaRequestActionOnExhaustionId,
    )
    from .set_endpoint_data_quota_request_status import SetEndpointDataQuotaRequestStatus
    from .set_endpoint_data_quota_request_status_description import (
        SetEndpointDataQuotaRequestStatusDescription,
    )
    from .set_endpoint_data_quota_request_status_id import SetEndpointDataQuotaRequestStatusId
    from .set_endpoint_data_quota_response_201 import SetEndpointDataQuotaResponse201
    from .set_endpoint_data_quota_unprocessable_entity_error import (
        SetEndpointDataQuotaUnprocessableEntityError,
    )
    from .set_endpoint_sms_quota_body import SetEndpointSmsQuotaBody
    from .set_endpoint_sms_quota_request_action_on_exhaustion import (
        SetEndpointSmsQuotaRequestActionOnExhaustion,
    )
    from .set_endpoint_sms_quota_request_action_on_exhaustion_description import (
        SetEndpointSmsQuotaRequestActionOnExhaustionDescription,
    )
    from .set_endpoint_sms_quota_request_action_on_exhaustion_id import (
        SetEndpointSmsQuotaRequestActionOnExhaustionId,
    )
    from .set_endpoint_sms_quota_request_status import SetEndpointSmsQuotaRequestStatus
    from .set_endpoint_sms_quota_request_status_description import (
        SetEndpointSmsQuotaRequestStatusDescription,
    )
    from .set_endpoint_sms_quota_request_status_id import SetEndpointSmsQuotaRequestStatusId
    from .set_endpoint_sms_quota_response_201 import SetEndpointSmsQuotaResponse201
    from .sim import Sim
    from .sim_details import SimDetails
    from .sim_operation_action_ref import SimOperationActionRef
    from .sim_operation_request import SimOperationRequest
    from .sim_operation_request_target import SimOperationRequestTarget
    from .sim_operation_request_target_sim import SimOperationRequestTargetSim
    from .sim_operation_response import SimOperationResponse
    from .sim_operation_response_error_items import SimOperationResponseErrorItems
    from .sim_operation_response_target import SimOperationResponseTarget
    from .sim_operation_response_target_sim import SimOperationResponseTargetSim
    from .sim_unlinked_product_stats_response_items import SimUnlinkedProductStatsResponseItems
    from .sim_unlinked_product_stats_response_items_product import (
        SimUnlinkedProductStatsResponseItemsProduct,
    )
    from .status import Status
    from .supported_targeting_parameters_dto import SupportedTargetingParametersDto
    from .switch_workspace_body import SwitchWorkspaceBody
    from .switch_workspace_request_target_organisation import (
        SwitchWorkspaceRequestTargetOrganisation,
    )
    from .switch_workspace_response_200 import SwitchWorkspaceResponse200
    from .system_event_output_dto import SystemEventOutputDto
    from .unassign_endpoint_tag_bad_request_error import UnassignEndpointTagBadRequestError
    from .unassign_endpoint_tag_response_200 import UnassignEndpointTagResponse200
    from .unassign_endpoint_tag_unprocessable_entity_error import (
        UnassignEndpointTagUnprocessableEntityError,
    )
    from .update_application_token_body import UpdateApplicationTokenBody
    from .update_application_token_request_status import UpdateApplicationTokenRequestStatus
    from .update_data_stream_body import UpdateDataStreamBody
    from .update_data_stream_request_destination import UpdateDataStreamRequestDestination
    from .update_data_stream_request_destination_credentials_0 import (
        UpdateDataStreamRequestDestinationCredentials0,
    )
    from .update_data_stream_request_destination_credentials_1 import (
        UpdateDataStreamRequestDestinationCredentials1,
    )
    from .update_data_stream_request_destination_credentials_2 import (
        UpdateDataStreamRequestDestinationCredentials2,
    )
    from .update_data_stream_request_destination_credentials_3 import (
        UpdateDataStreamRequestDestinationCredentials3,
    )
    from .update_data_stream_request_destination_credentials_4 import (
        UpdateDataStreamRequestDestinationCredentials4,
    )
    from .update_data_stream_request_destination_credentials_5 import (
        UpdateDataStreamRequestDestinationCredentials5,
    )
    from .update_data_stream_request_destination_credentials_6 import (
        UpdateDataStreamRequestDestinationCredentials6,
    )
    from .update_data_stream_request_filters_items import UpdateDataStreamRequestFiltersItems
    from .update_data_stream_request_status import UpdateDataStreamRequestStatus
    from .update_data_stream_response_202 import UpdateDataStreamResponse202
    from .update_default_workspace_response_200 import UpdateDefaultWorkspaceResponse200
    from .update_endpoint_body import UpdateEndpointBody
    from .update_endpoint_request_ip_address_space import UpdateEndpointRequestIpAddressSpace
    from .update_endpoint_request_service_profile import UpdateEndpointRequestServiceProfile
    from .update_endpoint_request_sim import UpdateEndpointRequestSim
    from .update_endpoint_request_sim_status import UpdateEndpointRequestSimStatus
    from .update_endpoint_request_status import UpdateEndpointRequestStatus
    from .update_endpoint_request_tariff_profile import UpdateEndpointRequestTariffProfile
    from .update_endpoint_response_errors_items import UpdateEndpointResponseErrorsItems
    from .update_endpoint_unprocessable_entity_error import UpdateEndpointUnprocessableEntityError
    from .update_organisation_tariff_body import UpdateOrganisationTariffBody
    from .update_organisation_tariff_response_200 import UpdateOrganisationTariffResponse200
    from .update_service_profile_body import UpdateServiceProfileBody
    from .update_service_profile_request_api_callback import UpdateServiceProfileRequestApiCallback
    from .update_service_profile_request_api_secret import UpdateServiceProfileRequestApiSecret
    from .update_service_profile_request_breakout_region import (
        UpdateServiceProfileRequestBreakoutRegion,
    )
    from .update_service_profile_request_dns import UpdateServiceProfileRequestDns
    from .update_service_profile_request_esme_interface_type import (
        UpdateServiceProfileRequestEsmeInterfaceType,
    )
    from .update_service_profile_request_moc_callback import UpdateServiceProfileRequestMocCallback
    from .update_service_profile_response_201 import UpdateServiceProfileResponse201
    from .update_sim_bad_request_error import UpdateSimBadRequestError
    from .update_sim_body import UpdateSimBody
    from .update_sim_request_customer_org import UpdateSimRequestCustomerOrg
    from .update_sim_request_issuer_org import UpdateSimRequestIssuerOrg
    from .update_sim_request_reseller_org import UpdateSimRequestResellerOrg
    from .update_sim_request_status import UpdateSimRequestStatus
    from .update_tag_bad_request_error import UpdateTagBadRequestError
    from .update_tag_body import UpdateTagBody
    from .update_tag_request_color import UpdateTagRequestColor
    from .update_tag_unprocessable_entity_error import UpdateTagUnprocessableEntityError
    from .update_tariff_profile_body import UpdateTariffProfileBody
    from .update_tariff_profile_request_tariff import UpdateTariffProfileRequestTariff
    from .update_user_body import UpdateUserBody
    from .update_user_request_status import UpdateUserRequestStatus
    from .update_user_response_errors_items import UpdateUserResponseErrorsItems
    from .update_user_unprocessable_entity_error import UpdateUserUnprocessableEntityError
    from .update_workspace_user_status_body import UpdateWorkspaceUserStatusBody
    from .update_workspace_user_status_request_status import UpdateWorkspaceUserStatusRequestStatus
    from .usage_currency import UsageCurrency
    from .usage_last_hour import UsageLastHour
    from .usage_minute_series import UsageMinuteSeries
    from .usage_period import UsagePeriod
    from .usage_record import UsageRecord
    from .usage_stats import UsageStats
    from .usage_traffic_type import UsageTrafficType
    from .user_response import UserResponse
    from .validate_sim_batch_response_200 import ValidateSimBatchResponse200
    from .validate_sim_batch_response_model import ValidateSimBatchResponseModel
    from .validate_sim_batch_response_model_formfactor import (
        ValidateSimBatchResponseModelFormfactor,
    )
    from .validate_sim_batch_response_model_manufacturer import (
        ValidateSimBatchResponseModelManufacturer,
    )
    from .validate_sim_batch_response_status import ValidateSimBatchResponseStatus
    from .validator_dto import ValidatorDto
    from .verify_automation_recipient_email_response_200 import (
        VerifyAutomationRecipientEmailResponse200,
    )
    from .with_id_input_dto import WithIdInputDto
    from .with_string_id_input_dto import WithStringIdInputDto
    from .with_uuid_input_dto import WithUuidInputDto

_MODULE_OF: dict[str, str] = {
    "AcceptUserInvitationBody": ".accept_user_invitation_body",
    "ActionableEventCreateDto": ".actionable_event_create_dto",
    "ActionableEventOutputDto": ".actionable_event_output_dto",
    "ActivateMfaKeyBody": ".activate_mfa_key_body",
    "ActivateMfaKeyConflictError": ".activate_mfa_key_conflict_error",
    "ActivateMfaKeyNotFoundError": ".activate_mfa_key_not_found_error",
    "ActivateMfaKeyRequestStatus": ".activate_mfa_key_request_status",
    "ActivateMfaKeyUnprocessableEntityError": ".activate_mfa_key_unprocessable_entity_error",
    "ActivateUserBody": ".activate_user_body",
    "AddEndpointOperatorBlacklistConflictError": ".add_endpoint_operator_blacklist_conflict_error",
    "AddServiceProfileDataLimitBody": ".add_service_profile_data_limit_body",
    "AddServiceProfileDataLimitRequestPeriod": ".add_service_profile_data_limit_request_period",
    "AddServiceProfileDataLimitRequestPeriodId": ".add_service_profile_data_limit_request_period_id",
    "AddServiceProfileDataLimitRequestService": ".add_service_profile_data_limit_request_service",
    "AddServiceProfileDataLimitRequestServiceId": ".add_service_profile_data_limit_request_service_id",
    "AddServiceProfileDataLimitResponse201": ".add_service_profile_data_limit_response_201",
    "AddServiceProfileServiceConflictError": ".add_service_profile_service_conflict_error",
    "AddServiceProfileSmsLimitResponse200": ".add_service_profile_sms_limit_response_200",
    "ApiV1CncBreakoutGetParametersStatus": ".api_v1_cnc_breakout_get_parameters_status",
    "ApiV1CncBreakoutGetParametersType": ".api_v1_cnc_breakout_get_parameters_type",
    "AssignEndpointTagBadRequestError": ".assign_endpoint_tag_bad_request_error",
    "AssignEndpointTagBody": ".assign_endpoint_tag_body",
    "AssignEndpointTagConflictError": ".assign_endpoint_tag_conflict_error",
    "AssignEndpointTagResponse201": ".assign_endpoint_tag_response_201",
    "AssignEndpointTagUnprocessableEntityError": ".assign_endpoint_tag_unprocessable_entity_error",
    "AssignIpAddressSpaceConflictError": ".assign_ip_address_space_conflict_error",
    "AssignIpAddressSpaceNotFoundError": ".assign_ip_address_space_not_found_error",
    "AssignOrganisationInclusiveVolumeBody": ".assign_organisation_inclusive_volume_body",
    "AssignOrganisationInclusiveVolumeResponse201": ".assign_organisation_inclusive_volume_response_201",
    "AssignUserRoleConflictError": ".assign_user_role_conflict_error",
    "AssignUserRoleNotFoundError": ".assign_user_role_not_found_error",
    "AuthenticateBody": ".authenticate_body",
    "AuthenticateNotFoundError": ".authenticate_not_found_error",
    "AuthenticateRequestTrustedDevice": ".authenticate_request_trusted_device",
    "AuthenticateResponse200": ".authenticate_response_200",
    "AuthenticateUnauthorizedError": ".authenticate_unauthorized_error",
    "AutomationActionLogOutputDto": ".automation_action_log_output_dto",
    "AutomationActionOutputDto": ".automation_action_output_dto",
    "AutomationCreateDto": ".automation_create_dto",
    "AutomationOutputDto": ".automation_output_dto",
    "AutomationRecipientEmailVerificationInputDto": ".automation_recipient_email_verification_input_dto",
    "AutomationUpdateDto": ".automation_update_dto",
    "BlockTariffProfileOperatorRatTypesBody": ".block_tariff_profile_operator_rat_types_body",
    "BlockTariffProfileOperatorRatTypesRequestRatTypesItems": ".block_tariff_profile_operator_rat_types_request_rat_types_items",
    "BulkAssignEndpointTagsBadRequestError": ".bulk_assign_endpoint_tags_bad_request_error",
    "BulkAssignEndpointTagsBody": ".bulk_assign_endpoint_tags_body",
    "BulkAssignEndpointTagsConflictError": ".bulk_assign_endpoint_tags_conflict_error",
    "BulkAssignEndpointTagsRequestItemsItems": ".bulk_assign_endpoint_tags_request_items_items",
    "BulkAssignEndpointTagsRequestItemsItemsEndpoint": ".bulk_assign_endpoint_tags_request_items_items_endpoint",
    "BulkAssignEndpointTagsRequestItemsItemsTagsItems": ".bulk_assign_endpoint_tags_request_items_items_tags_items",
    "BulkAssignEndpointTagsResponse200": ".bulk_assign_endpoint_tags_response_200",
    "BulkAssignEndpointTagsUnprocessableEntityError": ".bulk_assign_endpoint_tags_unprocessable_entity_error",
    "BulkCreateEndpointsBody": ".bulk_create_endpoints_body",
    "BulkCreateEndpointsRequestEndpointsItems": ".bulk_create_endpoints_request_endpoints_items",
    "BulkCreateEndpointsRequestEndpointsItemsSim": ".bulk_create_endpoints_request_endpoints_items_sim",
    "BulkCreateEndpointsRequestEndpointsItemsSimStatus": ".bulk_create_endpoints_request_endpoints_items_sim_status",
    "BulkCreateEndpointsRequestIpAddressSpace": ".bulk_create_endpoints_request_ip_address_space",
    "BulkCreateEndpointsRequestOrganisation": ".bulk_create_endpoints_request_organisation",
    "BulkCreateEndpointsRequestServiceProfile": ".bulk_create_endpoints_request_service_profile",
    "BulkCreateEndpointsRequestStatus": ".bulk_create_endpoints_request_status",
    "BulkCreateEndpointsRequestTariffProfile": ".bulk_create_endpoints_request_tariff_profile",
    "BulkCreateEndpointsResponseErrorsItems": ".bulk_create_endpoints_response_errors_items",
    "BulkCreateEndpointsResponseItems": ".bulk_create_endpoints_response_items",
    "BulkCreateEndpointsResponseItemsImeiWithLuhn": ".bulk_create_endpoints_response_items_imei_with_luhn",
    "BulkCreateEndpointsResponseItemsIpAddressSpace": ".bulk_create_endpoints_response_items_ip_address_space",
    "BulkCreateEndpointsResponseItemsServiceProfile": ".bulk_create_endpoints_response_items_service_profile",
    "BulkCreateEndpointsResponseItemsSim": ".bulk_create_endpoints_response_items_sim",
    "BulkCreateEndpointsResponseItemsStatus": ".bulk_create_endpoints_response_items_status",
    "BulkCreateEndpointsResponseItemsTariffProfile": ".bulk_create_endpoints_response_items_tariff_profile",
    "BulkCreateEndpointsUnprocessableEntityError": ".bulk_create_endpoints_unprocessable_entity_error",
    "BulkDeleteEndpointsRequestItems": ".bulk_delete_endpoints_request_items",
    "BulkDeleteSimsRequestItems": ".bulk_delete_sims_request_items",
    "BulkDeleteTagsBadRequestError": ".bulk_delete_tags_bad_request_error",
    "BulkDeleteTagsBody": ".bulk_delete_tags_body",
    "BulkDeleteTagsRequestTagsItems": ".bulk_delete_tags_request_tags_items",
    "BulkDeleteTagsResponse200": ".bulk_delete_tags_response_200",
    "BulkDeleteTagsUnprocessableEntityError": ".bulk_delete_tags_unprocessable_entity_error",
    "BulkUnassignEndpointTagsBadRequestError": ".bulk_unassign_endpoint_tags_bad_request_error",
    "BulkUnassignEndpointTagsBody": ".bulk_unassign_endpoint_tags_body",
    "BulkUnassignEndpointTagsRequestItemsItems": ".bulk_unassign_endpoint_tags_request_items_items",
    "BulkUnassignEndpointTagsRequestItemsItemsEndpoint": ".bulk_unassign_endpoint_tags_request_items_items_endpoint",
    "BulkUnassignEndpointTagsRequestItemsItemsTagsItems": ".bulk_unassign_endpoint_tags_request_items_items_tags_items",
    "BulkUnassignEndpointTagsResponse200": ".bulk_unassign_endpoint_tags_response_200",
    "BulkUnassignEndpointTagsUnprocessableEntityError": ".bulk_unassign_endpoint_tags_unprocessable_entity_error",
    "BulkUpdateEndpointsRequestItems": ".bulk_update_endpoints_request_items",
    "BulkUpdateEndpointsRequestItemsIpAddressSpace": ".bulk_update_endpoints_request_items_ip_address_space",
    "BulkUpdateEndpointsRequestItemsServiceProfile": ".bulk_update_endpoints_request_items_service_profile",
    "BulkUpdateEndpointsRequestItemsSim": ".bulk_update_endpoints_request_items_sim",
    "BulkUpdateEndpointsRequestItemsSimStatus": ".bulk_update_endpoints_request_items_sim_status",
    "BulkUpdateEndpointsRequestItemsStatus": ".bulk_update_endpoints_request_items_status",
    "BulkUpdateEndpointsRequestItemsTariffProfile": ".bulk_update_endpoints_request_items_tariff_profile",
    "BulkUpdateEndpointsResponseErrorsItems": ".bulk_update_endpoints_response_errors_items",
    "BulkUpdateEndpointsUnprocessableEntityError": ".bulk_update_endpoints_unprocessable_entity_error",
    "CancelEndpointSmsResponse200": ".cancel_endpoint_sms_response_200",
    "ChangePasswordBody": ".change_password_body",
    "ChangePasswordResponseErrorsItems": ".change_password_response_errors_items",
    "ChangePasswordUnprocessableEntityError": ".change_password_unprocessable_entity_error",
    "ConfigurationInputPropertiesDto": ".configuration_input_properties_dto",
    "ConfigurationParameterDto": ".configuration_parameter_dto",
    "ConfigurationPropertiesDto": ".configuration_properties_dto",
    "ConfiguredActionCreateDto": ".configured_action_create_dto",
    "ConfiguredActionOutputDto": ".configured_action_output_dto",
    "ConfiguredActionRecipientOutputDto": ".configured_action_recipient_output_dto",
    "ConfiguredActionReferenceDto": ".configured_action_reference_dto",
    "CreateApiCallbackResponse201": ".create_api_callback_response_201",
    "CreateApiSecretBody": ".create_api_secret_body",
    "CreateApiSecretResponse201": ".create_api_secret_response_201",
    "CreateApplicationTokenBody": ".create_application_token_body",
    "CreateApplicationTokenResponse200": ".create_application_token_response_200",
    "CreateApplicationTokenUnprocessableEntityError": ".create_application_token_unprocessable_entity_error",
    "CreateCloudConnectAttachmentTgwBody": ".create_cloud_connect_attachment_tgw_body",
    "CreateCloudConnectAttachmentTgwRequestType": ".create_cloud_connect_attachment_tgw_request_type",
    "CreateCloudConnectAttachmentTgwResponse201": ".create_cloud_connect_attachment_tgw_response_201",
    "CreateCloudConnectAttachmentVpnBody": ".create_cloud_connect_attachment_vpn_body",
    "CreateCloudConnectAttachmentVpnRequestType": ".create_cloud_connect_attachment_vpn_request_type",
    "CreateCloudConnectAttachmentVpnRequestTypeId": ".create_cloud_connect_attachment_vpn_request_type_id",
    "CreateCloudConnectAttachmentVpnResponse201": ".create_cloud_connect_attachment_vpn_response_201",
    "CreateDataStreamBody": ".create_data_stream_body",
    "CreateDataStreamRequestDestination": ".create_data_stream_request_destination",
    "CreateDataStreamRequestDestinationCredentials0": ".create_data_stream_request_destination_credentials_0",
    "CreateDataStreamRequestDestinationCredentials1": ".create_data_stream_request_destination_credentials_1",
    "CreateDataStreamRequestDestinationCredentials2": ".create_data_stream_request_destination_credentials_2",
    "CreateDataStreamRequestDestinationCredentials3": ".create_data_stream_request_destination_credentials_3",
    "CreateDataStreamRequestDestinationCredentials4": ".create_data_stream_request_destination_credentials_4",
    "CreateDataStreamRequestDestinationCredentials5": ".create_data_stream_request_destination_credentials_5",
    "CreateDataStreamRequestDestinationCredentials6": ".create_data_stream_request_destination_credentials_6",
    "CreateDataStreamRequestFiltersItems": ".create_data_stream_request_filters_items",
    "CreateDataStreamResponse201": ".create_data_stream_response_201",
    "CreateDataStreamUnprocessableEntityError": ".create_data_stream_unprocessable_entity_error",
    "CreateDnsConfigBody": ".create_dns_config_body",
    "CreateDnsConfigResponse201": ".create_dns_config_response_201",
    "CreateEndpointBody": ".create_endpoint_body",
    "CreateEndpointRequestIpAddressSpace": ".create_endpoint_request_ip_address_space",
    "CreateEndpointRequestOrganisation": ".create_endpoint_request_organisation",
    "CreateEndpointRequestServiceProfile": ".create_endpoint_request_service_profile",
    "CreateEndpointRequestSim": ".create_endpoint_request_sim",
    "CreateEndpointRequestSimStatus": ".create_endpoint_request_sim_status",
    "CreateEndpointRequestStatus": ".create_endpoint_request_status",
    "CreateEndpointRequestTariffProfile": ".create_endpoint_request_tariff_profile",
    "CreateEndpointResponseErrorsItems": ".create_endpoint_response_errors_items",
    "CreateEndpointResponseIpAddressSpace": ".create_endpoint_response_ip_address_space",
    "CreateEndpointResponseServiceProfile": ".create_endpoint_response_service_profile",
    "CreateEndpointResponseSim": ".create_endpoint_response_sim",
    "CreateEndpointResponseSimStatus": ".create_endpoint_response_sim_status",
    "CreateEndpointResponseStatus": ".create_endpoint_response_status",
    "CreateEndpointResponseTariffProfile": ".create_endpoint_response_tariff_profile",
    "CreateEndpointTrafficLimitExtensionBody": ".create_endpoint_traffic_limit_extension_body",
    "CreateEndpointTrafficLimitExtensionResponse201": ".create_endpoint_traffic_limit_extension_response_201",
    "CreateEndpointUnprocessableEntityError": ".create_endpoint_unprocessable_entity_error",
    "CreateIpAddressSpaceBadRequestError": ".create_ip_address_space_bad_request_error",
    "CreateIpAddressSpaceBody": ".create_ip_address_space_body",
    "CreateIpAddressSpaceConflictError": ".create_ip_address_space_conflict_error",
    "CreateIpAddressSpaceForbiddenError": ".create_ip_address_space_forbidden_error",
    "CreateIpAddressSpaceNotFoundError": ".create_ip_address_space_not_found_error",
    "CreateIpAddressSpaceResponse201": ".create_ip_address_space_response_201",
    "CreateIpAddressSpaceResponseErrorsItems": ".create_ip_address_space_response_errors_items",
    "CreateIpAddressSpaceUnprocessableEntityError": ".create_ip_address_space_unprocessable_entity_error",
    "CreateMfaKeyBody": ".create_mfa_key_body",
    "CreateMfaKeyConflictError": ".create_mfa_key_conflict_error",
    "CreateMfaKeyRequestType": ".create_mfa_key_request_type",
    "CreateMfaKeyResponse200": ".create_mfa_key_response_200",
    "CreateMfaKeyResponseErrorsItems": ".create_mfa_key_response_errors_items",
    "CreateMfaKeyResponseStatus": ".create_mfa_key_response_status",
    "CreateMfaKeyResponseType": ".create_mfa_key_response_type",
    "CreateMfaKeyUnprocessableEntityError": ".create_mfa_key_unprocessable_entity_error",
    "CreateServiceProfileBody": ".create_service_profile_body",
    "CreateServiceProfileRequestApiCallback": ".create_service_profile_request_api_callback",
    "CreateServiceProfileRequestApiSecret": ".create_service_profile_request_api_secret",
    "CreateServiceProfileRequestBreakoutRegion": ".create_service_profile_request_breakout_region",
    "CreateServiceProfileRequestDns": ".create_service_profile_request_dns",
    "CreateServiceProfileRequestEsmeInterfaceType": ".create_service_profile_request_esme_interface_type",
    "CreateServiceProfileRequestMocCallback": ".create_service_profile_request_moc_callback",
    "CreateServiceProfileResponse201": ".create_service_profile_response_201",
    "CreateSupportTokenBody": ".create_support_token_body",
    "CreateSupportTokenRequestRole": ".create_support_token_request_role",
    "CreateSupportTokenResponse201": ".create_support_token_response_201",
    "CreateTagBadRequestError": ".create_tag_bad_request_error",
    "CreateTagBody": ".create_tag_body",
    "CreateTagConflictError": ".create_tag_conflict_error",
    "CreateTagRequestColor": ".create_tag_request_color",
    "CreateTagResponse201": ".create_tag_response_201",
    "CreateTagResponseTagColor": ".create_tag_response_tag_color",
    "CreateTagUnprocessableEntityError": ".create_tag_unprocessable_entity_error",
    "CreateTariffProfileBody": ".create_tariff_profile_body",
    "CreateTariffProfileRequestTariff": ".create_tariff_profile_request_tariff",
    "CreateTariffProfileResponse201": ".create_tariff_profile_response_201",
    "CreateUserBody": ".create_user_body",
    "CreateUserNotFoundError": ".create_user_not_found_error",
    "CreateUserRequestOrganisation": ".create_user_request_organisation",
    "CreateUserRequestRolesItems": ".create_user_request_roles_items",
    "CreateUserResponse201": ".create_user_response_201",
    "CreateUserResponseErrorsItems": ".create_user_response_errors_items",
    "CreateUserUnprocessableEntityError": ".create_user_unprocessable_entity_error",
    "CreatedEndpoint": ".created_endpoint",
    "CustomEventCreateDto": ".custom_event_create_dto",
    "CustomEventOutputDto": ".custom_event_output_dto",
    "CustomEventTemplateOutputDto": ".custom_event_template_output_dto",
    "DeleteApiCallbackResponse200": ".delete_api_callback_response_200",
    "DeleteApiSecretResponse200": ".delete_api_secret_response_200",
    "DeleteCloudConnectAttachmentResponse200": ".delete_cloud_connect_attachment_response_200",
    "DeleteCustomEventResponse200": ".delete_custom_event_response_200",
    "DeleteDataStreamResponse202": ".delete_data_stream_response_202",
    "DeleteMfaKeyNotFoundError": ".delete_mfa_key_not_found_error",
    "DeleteServiceProfileConflictError": ".delete_service_profile_conflict_error",
    "DeleteTrustedDeviceNotFoundError": ".delete_trusted_device_not_found_error",
    "DeleteUserNotFoundError": ".delete_user_not_found_error",
    "DeleteUserRoleConflictError": ".delete_user_role_conflict_error",
    "DeleteUserRoleNotFoundError": ".delete_user_role_not_found_error",
    "Endpoint": ".endpoint",
    "EndpointDetails": ".endpoint_details",
    "EndpointGetConnectivityInfoByEndpointIdResponse2000": ".endpoint_get_connectivity_info_by_endpoint_id_response_2000",
    "EndpointGetConnectivityInfoByEndpointIdResponse2001": ".endpoint_get_connectivity_info_by_endpoint_id_response_2001",
    "EndpointGetConnectivityInfoByEndpointIdResponse2002": ".endpoint_get_connectivity_info_by_endpoint_id_response_2002",
    "EndpointSummary": ".endpoint_summary",
    "Error": ".error",
    "ErrorResponse": ".error_response",
    "Euicc": ".euicc",
    "EuiccEim": ".euicc_eim",
    "EuiccOperation": ".euicc_operation",
    "EuiccOperationActionRef": ".euicc_operation_action_ref",
    "EuiccOperationRequest": ".euicc_operation_request",
    "EuiccSupportedProfileType": ".euicc_supported_profile_type",
    "EuiccUnlinkedValidationRequest": ".euicc_unlinked_validation_request",
    "EuiccUnlinkedValidationRequestTargetItems": ".euicc_unlinked_validation_request_target_items",
    "EuiccUnlinkedValidationResponseItems": ".euicc_unlinked_validation_response_items",
    "GetActiveTariffPlanResponse200": ".get_active_tariff_plan_response_200",
    "GetActiveTariffPlanResponseAppliedPrice": ".get_active_tariff_plan_response_applied_price",
    "GetActiveTariffPlanResponseAppliedPriceSimActivatedRateItems": ".get_active_tariff_plan_response_applied_price_sim_activated_rate_items",
    "GetActiveTariffPlanResponseServiceLevel": ".get_active_tariff_plan_response_service_level",
    "GetActiveTariffPlanResponseTariffPlan": ".get_active_tariff_plan_response_tariff_plan",
    "GetActiveTariffPlanResponseTariffPlanCurrency": ".get_active_tariff_plan_response_tariff_plan_currency",
    "GetActiveTariffPlanResponseTariffPlanPrice": ".get_active_tariff_plan_response_tariff_plan_price",
    "GetActiveTariffPlanResponseTariffPlanPriceSimActivatedRateItems": ".get_active_tariff_plan_response_tariff_plan_price_sim_activated_rate_items",
    "GetActiveTariffPlanResponseTariffPlanRuntime": ".get_active_tariff_plan_response_tariff_plan_runtime",
    "GetApiSecretResponse200": ".get_api_secret_response_200",
    "GetCloudConnectAttachmentResponseItems": ".get_cloud_connect_attachment_response_items",
    "GetCloudConnectAttachmentResponseItemsStatus": ".get_cloud_connect_attachment_response_items_status",
    "GetCloudConnectAttachmentResponseItemsTunnelInformation": ".get_cloud_connect_attachment_response_items_tunnel_information",
    "GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics": ".get_cloud_connect_attachment_response_items_tunnel_information_metrics",
    "GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesInType0": ".get_cloud_connect_attachment_response_items_tunnel_information_metrics_bytes_in_type_0",
    "GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOutType0": ".get_cloud_connect_attachment_response_items_tunnel_information_metrics_bytes_out_type_0",
    "GetCloudConnectAttachmentResponseItemsType": ".get_cloud_connect_attachment_response_items_type",
    "GetDataStreamResponse200": ".get_data_stream_response_200",
    "GetDataStreamResponseDestination": ".get_data_stream_response_destination",
    "GetDataStreamResponseDestinationCredentials0": ".get_data_stream_response_destination_credentials_0",
    "GetDataStreamResponseDestinationCredentials1": ".get_data_stream_response_destination_credentials_1",
    "GetDataStreamResponseDestinationCredentials2": ".get_data_stream_response_destination_credentials_2",
    "GetDataStreamResponseDestinationCredentials3": ".get_data_stream_response_destination_credentials_3",
    "GetDataStreamResponseDestinationCredentials4": ".get_data_stream_response_destination_credentials_4",
    "GetDataStreamResponseDestinationCredentials5": ".get_data_stream_response_destination_credentials_5",
    "GetDataStreamResponseDestinationCredentials6": ".get_data_stream_response_destination_credentials_6",
    "GetDataStreamResponseFiltersItems": ".get_data_stream_response_filters_items",
    "GetDataStreamResponseStatus": ".get_data_stream_response_status",
    "GetEndpointConnectivityInfoNotFoundError": ".get_endpoint_connectivity_info_not_found_error",
    "GetEndpointConnectivityInfoResponseOneOf0SubscriberInfo": ".get_endpoint_connectivity_info_response_one_of_0_subscriber_info",
    "GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation": ".get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location",
    "GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId": ".get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location_cell_global_id",
    "GetEndpointConnectivityInfoResponseOneOf2SubscriberInfo": ".get_endpoint_connectivity_info_response_one_of_2_subscriber_info",
    "GetEndpointConnectivityResponse200": ".get_endpoint_connectivity_response_200",
    "GetEndpointConnectivityResponseLocation": ".get_endpoint_connectivity_response_location",
    "GetEndpointConnectivityResponsePdpContext": ".get_endpoint_connectivity_response_pdp_context",
    "GetEndpointConnectivityResponseStatus": ".get_endpoint_connectivity_response_status",
    "GetEndpointDailyStatsResponseItems": ".get_endpoint_daily_stats_response_items",
    "GetEndpointDailyStatsResponseItemsData": ".get_endpoint_daily_stats_response_items_data",
    "GetEndpointDailyStatsResponseItemsDataCurrency": ".get_endpoint_daily_stats_response_items_data_currency",
    "GetEndpointDailyStatsResponseItemsDataTrafficType": ".get_endpoint_daily_stats_response_items_data_traffic_type",
    "GetEndpointDailyStatsResponseItemsSatGeoData": ".get_endpoint_daily_stats_response_items_sat_geo_data",
    "GetEndpointDailyStatsResponseItemsSatGeoSms": ".get_endpoint_daily_stats_response_items_sat_geo_sms",
    "GetEndpointDailyStatsResponseItemsSms": ".get_endpoint_daily_stats_response_items_sms",
    "GetEndpointDailyStatsResponseItemsSmsCurrency": ".get_endpoint_daily_stats_response_items_sms_currency",
    "GetEndpointDailyStatsResponseItemsSmsTrafficType": ".get_endpoint_daily_stats_response_items_sms_traffic_type",
    "GetEndpointDataQuotaResponse200": ".get_endpoint_data_quota_response_200",
    "GetEndpointDataQuotaResponseActionOnExhaustion": ".get_endpoint_data_quota_response_action_on_exhaustion",
    "GetEndpointDataQuotaResponseActionOnExhaustionDescription": ".get_endpoint_data_quota_response_action_on_exhaustion_description",
    "GetEndpointDataQuotaResponseActionOnExhaustionId": ".get_endpoint_data_quota_response_action_on_exhaustion_id",
    "GetEndpointDataQuotaResponseStatus": ".get_endpoint_data_quota_response_status",
    "GetEndpointDataQuotaResponseStatusDescription": ".get_endpoint_data_quota_response_status_description",
    "GetEndpointDataQuotaResponseStatusId": ".get_endpoint_data_quota_response_status_id",
    "GetEndpointResponseIpAddressSpace": ".get_endpoint_response_ip_address_space",
    "GetEndpointResponseRuntimeData": ".get_endpoint_response_runtime_data",
    "GetEndpointResponseServiceProfile": ".get_endpoint_response_service_profile",
    "GetEndpointResponseSim": ".get_endpoint_response_sim",
    "GetEndpointResponseSimStatus": ".get_endpoint_response_sim_status",
    "GetEndpointResponseStatus": ".get_endpoint_response_status",
    "GetEndpointResponseTariffProfile": ".get_endpoint_response_tariff_profile",
    "GetEndpointSmsResponse200": ".get_endpoint_sms_response_200",
    "GetEndpointSmsResponseEndpoint": ".get_endpoint_sms_response_endpoint",
    "GetEndpointSmsResponseSmsType": ".get_endpoint_sms_response_sms_type",
    "GetEndpointSmsResponseSourceAddressType": ".get_endpoint_sms_response_source_address_type",
    "GetEndpointSmsResponseStatus": ".get_endpoint_sms_response_status",
    "GetMyOrganisationResponse200": ".get_my_organisation_response_200",
    "GetOrganisationActiveTariffPlanResponse200": ".get_organisation_active_tariff_plan_response_200",
    "GetOrganisationActiveTariffPlanResponseAppliedPrice": ".get_organisation_active_tariff_plan_response_applied_price",
    "GetOrganisationActiveTariffPlanResponseAppliedPriceSimActivatedRateItems": ".get_organisation_active_tariff_plan_response_applied_price_sim_activated_rate_items",
    "GetOrganisationActiveTariffPlanResponseServiceLevel": ".get_organisation_active_tariff_plan_response_service_level",
    "GetOrganisationActiveTariffPlanResponseTariffPlan": ".get_organisation_active_tariff_plan_response_tariff_plan",
    "GetOrganisationActiveTariffPlanResponseTariffPlanCurrency": ".get_organisation_active_tariff_plan_response_tariff_plan_currency",
    "GetOrganisationActiveTariffPlanResponseTariffPlanPrice": ".get_organisation_active_tariff_plan_response_tariff_plan_price",
    "GetOrganisationActiveTariffPlanResponseTariffPlanPriceSimActivatedRateItems": ".get_organisation_active_tariff_plan_response_tariff_plan_price_sim_activated_rate_items",
    "GetOrganisationActiveTariffPlanResponseTariffPlanRuntime": ".get_organisation_active_tariff_plan_response_tariff_plan_runtime",
    "GetOrganisationDailyStatsResponseItems": ".get_organisation_daily_stats_response_items",
    "GetOrganisationDailyStatsResponseItemsData": ".get_organisation_daily_stats_response_items_data",
    "GetOrganisationDailyStatsResponseItemsDataCurrency": ".get_organisation_daily_stats_response_items_data_currency",
    "GetOrganisationDailyStatsResponseItemsDataTrafficType": ".get_organisation_daily_stats_response_items_data_traffic_type",
    "GetOrganisationDailyStatsResponseItemsSms": ".get_organisation_daily_stats_response_items_sms",
    "GetOrganisationDailyStatsResponseItemsSmsCurrency": ".get_organisation_daily_stats_response_items_sms_currency",
    "GetOrganisationDailyStatsResponseItemsSmsTrafficType": ".get_organisation_daily_stats_response_items_sms_traffic_type",
    "GetOrganisationHourlyStatsResponse200": ".get_organisation_hourly_stats_response_200",
    "GetOrganisationHourlyStatsResponseData": ".get_organisation_hourly_stats_response_data",
    "GetOrganisationHourlyStatsResponseSms": ".get_organisation_hourly_stats_response_sms",
    "GetOrganisationMonthlyStatsResponse200": ".get_organisation_monthly_stats_response_200",
    "GetOrganisationMonthlyStatsResponseCurrentMonth": ".get_organisation_monthly_stats_response_current_month",
    "GetOrganisationMonthlyStatsResponseCurrentMonthData": ".get_organisation_monthly_stats_response_current_month_data",
    "GetOrganisationMonthlyStatsResponseCurrentMonthDataCurrency": ".get_organisation_monthly_stats_response_current_month_data_currency",
    "GetOrganisationMonthlyStatsResponseCurrentMonthDataTrafficType": ".get_organisation_monthly_stats_response_current_month_data_traffic_type",
    "GetOrganisationMonthlyStatsResponseCurrentMonthSms": ".get_organisation_monthly_stats_response_current_month_sms",
    "GetOrganisationMonthlyStatsResponseCurrentMonthSmsCurrency": ".get_organisation_monthly_stats_response_current_month_sms_currency",
    "GetOrganisationMonthlyStatsResponseCurrentMonthSmsTrafficType": ".get_organisation_monthly_stats_response_current_month_sms_traffic_type",
    "GetOrganisationMonthlyStatsResponseInclusiveVolume": ".get_organisation_monthly_stats_response_inclusive_volume",
    "GetOrganisationMonthlyStatsResponseLastMonth": ".get_organisation_monthly_stats_response_last_month",
    "GetOrganisationMonthlyStatsResponseLastMonthData": ".get_organisation_monthly_stats_response_last_month_data",
    "GetOrganisationMonthlyStatsResponseLastMonthDataCurrency": ".get_organisation_monthly_stats_response_last_month_data_currency",
    "GetOrganisationMonthlyStatsResponseLastMonthDataTrafficType": ".get_organisation_monthly_stats_response_last_month_data_traffic_type",
    "GetOrganisationMonthlyStatsResponseLastMonthSms": ".get_organisation_monthly_stats_response_last_month_sms",
    "GetOrganisationMonthlyStatsResponseLastMonthSmsCurrency": ".get_organisation_monthly_stats_response_last_month_sms_currency",
    "GetOrganisationMonthlyStatsResponseLastMonthSmsTrafficType": ".get_organisation_monthly_stats_response_last_month_sms_traffic_type",
    "GetOrganisationMonthlyStatsResponsePrepaidBalance": ".get_organisation_monthly_stats_response_prepaid_balance",
    "GetOrganisationMonthlyStatsResponsePrepaidBalanceCurrency": ".get_organisation_monthly_stats_response_prepaid_balance_currency",
    "GetOrganisationMonthlyStatsResponseSim": ".get_organisation_monthly_stats_response_sim",
    "GetServiceProfileResponse200": ".get_service_profile_response_200",
    "GetServiceProfileResponseApiCallback": ".get_service_profile_response_api_callback",
    "GetServiceProfileResponseApiSecret": ".get_service_profile_response_api_secret",
    "GetServiceProfileResponseBreakoutRegion": ".get_service_profile_response_breakout_region",
    "GetServiceProfileResponseEsmeInterfaceType": ".get_service_profile_response_esme_interface_type",
    "GetServiceProfileResponseIpFirewallRuleSet": ".get_service_profile_response_ip_firewall_rule_set",
    "GetServiceProfileResponseIpFirewallRuleSetIpFirewallProfilesItems": ".get_service_profile_response_ip_firewall_rule_set_ip_firewall_profiles_items",
    "GetServiceProfileResponseMocCallback": ".get_service_profile_response_moc_callback",
    "GetServiceProfileResponseServiceItems": ".get_service_profile_response_service_items",
    "GetServiceTrafficLimitResponseItems": ".get_service_traffic_limit_response_items",
    "GetServiceTrafficLimitResponseItemsPeriod": ".get_service_traffic_limit_response_items_period",
    "GetSimResponseCustomerOrg": ".get_sim_response_customer_org",
    "GetSimResponseCustomerOrgCountry": ".get_sim_response_customer_org_country",
    "GetSimResponseEndpoint": ".get_sim_response_endpoint",
    "GetSimResponseIssuerOrg": ".get_sim_response_issuer_org",
    "GetSimResponseIssuerOrgCountry": ".get_sim_response_issuer_org_country",
    "GetSimResponseModel": ".get_sim_response_model",
    "GetSimResponseModelFormfactor": ".get_sim_response_model_formfactor",
    "GetSimResponseModelManufacturer": ".get_sim_response_model_manufacturer",
    "GetSimResponseResellerOrg": ".get_sim_response_reseller_org",
    "GetSimResponseResellerOrgCountry": ".get_sim_response_reseller_org_country",
    "GetSimResponseStatus": ".get_sim_response_status",
    "GetTariffProfileBlockedOperatorResponse200": ".get_tariff_profile_blocked_operator_response_200",
    "GetTariffProfileBlockedOperatorResponseBlocklist": ".get_tariff_profile_blocked_operator_response_blocklist",
    "GetTariffProfileBlockedOperatorResponseBlocklistRatTypesItems": ".get_tariff_profile_blocked_operator_response_blocklist_rat_types_items",
    "GetTariffProfileBlockedOperatorResponseOperator": ".get_tariff_profile_blocked_operator_response_operator",
    "GetTariffProfileBlockedOperatorResponseTariffProfile": ".get_tariff_profile_blocked_operator_response_tariff_profile",
    "GetTariffProfileResponse200": ".get_tariff_profile_response_200",
    "GetTariffProfileResponseInclusiveVolume": ".get_tariff_profile_response_inclusive_volume",
    "GetTariffProfileResponseInclusiveVolumeCurrency": ".get_tariff_profile_response_inclusive_volume_currency",
    "GetTariffProfileResponseInclusiveVolumeRatezone": ".get_tariff_profile_response_inclusive_volume_ratezone",
    "GetTariffProfileResponseTariff": ".get_tariff_profile_response_tariff",
    "GetTariffProfileResponseTariffCurrency": ".get_tariff_profile_response_tariff_currency",
    "GetTariffProfileResponseTariffCurrencyId": ".get_tariff_profile_response_tariff_currency_id",
    "GetUserNotFoundError": ".get_user_not_found_error",
    "GetUserResponse200": ".get_user_response_200",
    "GetUserResponseMfaItems": ".get_user_response_mfa_items",
    "GetUserResponseOrganisation": ".get_user_response_organisation",
    "GetUserResponseRolesItems": ".get_user_response_roles_items",
    "GetUserResponseStatus": ".get_user_response_status",
    "GetWorkspaceDailyStatsResponse200": ".get_workspace_daily_stats_response_200",
    "GetWorkspaceDailyStatsResponseDaysItems": ".get_workspace_daily_stats_response_days_items",
    "GetWorkspaceDailyStatsResponseDaysItemsDataVolume": ".get_workspace_daily_stats_response_days_items_data_volume",
    "GetWorkspaceDailyStatsResponseDaysItemsDataVolumeCurrency": ".get_workspace_daily_stats_response_days_items_data_volume_currency",
    "GetWorkspaceDailyStatsResponseDaysItemsDataVolumeTrafficType": ".get_workspace_daily_stats_response_days_items_data_volume_traffic_type",
    "GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume": ".get_workspace_daily_stats_response_days_items_sat_geo_data_volume",
    "GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolumeCurrency": ".get_workspace_daily_stats_response_days_items_sat_geo_data_volume_currency",
    "GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolumeTrafficType": ".get_workspace_daily_stats_response_days_items_sat_geo_data_volume_traffic_type",
    "GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume": ".get_workspace_daily_stats_response_days_items_sat_geo_sms_volume",
    "GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolumeCurrency": ".get_workspace_daily_stats_response_days_items_sat_geo_sms_volume_currency",
    "GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolumeTrafficType": ".get_workspace_daily_stats_response_days_items_sat_geo_sms_volume_traffic_type",
    "GetWorkspaceDailyStatsResponseDaysItemsSmsVolume": ".get_workspace_daily_stats_response_days_items_sms_volume",
    "GetWorkspaceDailyStatsResponseDaysItemsSmsVolumeCurrency": ".get_workspace_daily_stats_response_days_items_sms_volume_currency",
    "GetWorkspaceDailyStatsResponseDaysItemsSmsVolumeTrafficType": ".get_workspace_daily_stats_response_days_items_sms_volume_traffic_type",
    "GetWorkspaceDailyStatsResponseTotal": ".get_workspace_daily_stats_response_total",
    "GetWorkspaceDailyStatsResponseTotalDataVolume": ".get_workspace_daily_stats_response_total_data_volume",
    "GetWorkspaceDailyStatsResponseTotalDataVolumeCurrency": ".get_workspace_daily_stats_response_total_data_volume_currency",
    "GetWorkspaceDailyStatsResponseTotalDataVolumeTrafficType": ".get_workspace_daily_stats_response_total_data_volume_traffic_type",
    "GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume": ".get_workspace_daily_stats_response_total_sat_geo_data_volume",
    "GetWorkspaceDailyStatsResponseTotalSatGeoDataVolumeCurrency": ".get_workspace_daily_stats_response_total_sat_geo_data_volume_currency",
    "GetWorkspaceDailyStatsResponseTotalSatGeoDataVolumeTrafficType": ".get_workspace_daily_stats_response_total_sat_geo_data_volume_traffic_type",
    "GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume": ".get_workspace_daily_stats_response_total_sat_geo_sms_volume",
    "GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolumeCurrency": ".get_workspace_daily_stats_response_total_sat_geo_sms_volume_currency",
    "GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolumeTrafficType": ".get_workspace_daily_stats_response_total_sat_geo_sms_volume_traffic_type",
    "GetWorkspaceDailyStatsResponseTotalSmsVolume": ".get_workspace_daily_stats_response_total_sms_volume",
    "GetWorkspaceDailyStatsResponseTotalSmsVolumeCurrency": ".get_workspace_daily_stats_response_total_sms_volume_currency",
    "GetWorkspaceDailyStatsResponseTotalSmsVolumeTrafficType": ".get_workspace_daily_stats_response_total_sms_volume_traffic_type",
    "IdName": ".id_name",
    "InviteUserBody": ".invite_user_body",
    "InviteUserRequestOrganisation": ".invite_user_request_organisation",
    "InviteUserRequestRolesItems": ".invite_user_request_roles_items",
    "InviteUserResponse201": ".invite_user_response_201",
    "InviteUserResponseOrganisation": ".invite_user_response_organisation",
    "InviteUserResponseRolesItems": ".invite_user_response_roles_items",
    "ListActiveOrganisationInclusiveVolumesResponseItems": ".list_active_organisation_inclusive_volumes_response_items",
    "ListActiveOrganisationInclusiveVolumesResponseItemsCurrency": ".list_active_organisation_inclusive_volumes_response_items_currency",
    "ListActiveOrganisationInclusiveVolumesResponseItemsTariff": ".list_active_organisation_inclusive_volumes_response_items_tariff",
    "ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone": ".list_active_organisation_inclusive_volumes_response_items_tariff_ratezone",
    "ListApiSecretsResponseItems": ".list_api_secrets_response_items",
    "ListApplicationTokensResponseItems": ".list_application_tokens_response_items",
    "ListApplicationTokensResponseItemsCreator": ".list_application_tokens_response_items_creator",
    "ListApplicationTokensResponseItemsStatus": ".list_application_tokens_response_items_status",
    "ListAssignedWorkspacesResponseItems": ".list_assigned_workspaces_response_items",
    "ListAssignedWorkspacesResponseItemsRolesItems": ".list_assigned_workspaces_response_items_roles_items",
    "ListAssignedWorkspacesResponseItemsStatus": ".list_assigned_workspaces_response_items_status",
    "ListAssignedWorkspacesResponseItemsStatusStatus": ".list_assigned_workspaces_response_items_status_status",
    "ListAvailableIpAddressSpacesResponseItems": ".list_available_ip_address_spaces_response_items",
    "ListBreakoutRegionsResponseItems": ".list_breakout_regions_response_items",
    "ListCloudConnectAttachmentsResponseItems": ".list_cloud_connect_attachments_response_items",
    "ListCloudConnectAttachmentsResponseItemsStatus": ".list_cloud_connect_attachments_response_items_status",
    "ListCloudConnectAttachmentsResponseItemsType": ".list_cloud_connect_attachments_response_items_type",
    "ListCloudConnectAvailableRegionsResponseItems": ".list_cloud_connect_available_regions_response_items",
    "ListCloudConnectBreakoutTypesResponseItems": ".list_cloud_connect_breakout_types_response_items",
    "ListCloudConnectPricesResponseItems": ".list_cloud_connect_prices_response_items",
    "ListCloudConnectPricesResponseItemsCurrency": ".list_cloud_connect_prices_response_items_currency",
    "ListCountriesResponseItems": ".list_countries_response_items",
    "ListCurrenciesResponseItems": ".list_currencies_response_items",
    "ListDataBlocksizesResponseItems": ".list_data_blocksizes_response_items",
    "ListDataStreamFilterFieldsResponseItems": ".list_data_stream_filter_fields_response_items",
    "ListDataStreamStatusesResponseItems": ".list_data_stream_statuses_response_items",
    "ListDataStreamTypesResponseItems": ".list_data_stream_types_response_items",
    "ListDataStreamsResponse200": ".list_data_streams_response_200",
    "ListDataStreamsResponseDestination": ".list_data_streams_response_destination",
    "ListDataStreamsResponseDestinationCredentials0": ".list_data_streams_response_destination_credentials_0",
    "ListDataStreamsResponseDestinationCredentials1": ".list_data_streams_response_destination_credentials_1",
    "ListDataStreamsResponseDestinationCredentials2": ".list_data_streams_response_destination_credentials_2",
    "ListDataStreamsResponseDestinationCredentials3": ".list_data_streams_response_destination_credentials_3",
    "ListDataStreamsResponseDestinationCredentials4": ".list_data_streams_response_destination_credentials_4",
    "ListDataStreamsResponseDestinationCredentials5": ".list_data_streams_response_destination_credentials_5",
    "ListDataStreamsResponseDestinationCredentials6": ".list_data_streams_response_destination_credentials_6",
    "ListDataStreamsResponseFiltersItems": ".list_data_streams_response_filters_items",
    "ListDataThrottlesResponseItems": ".list_data_throttles_response_items",
    "ListDnsConfigsResponseItems": ".list_dns_configs_response_items",
    "ListEndpointEventsResponseItems": ".list_endpoint_events_response_items",
    "ListEndpointEventsResponseItemsEndpoint": ".list_endpoint_events_response_items_endpoint",
    "ListEndpointEventsResponseItemsEventSeverity": ".list_endpoint_events_response_items_event_severity",
    "ListEndpointEventsResponseItemsEventSource": ".list_endpoint_events_response_items_event_source",
    "ListEndpointEventsResponseItemsEventType": ".list_endpoint_events_response_items_event_type",
    "ListEndpointEventsResponseItemsImsi": ".list_endpoint_events_response_items_imsi",
    "ListEndpointEventsResponseItemsOrganisation": ".list_endpoint_events_response_items_organisation",
    "ListEndpointEventsResponseItemsSim": ".list_endpoint_events_response_items_sim",
    "ListEndpointEventsResponseItemsUserType0": ".list_endpoint_events_response_items_user_type_0",
    "ListEndpointOperatorBlacklistResponseItems": ".list_endpoint_operator_blacklist_response_items",
    "ListEndpointOperatorBlacklistResponseItemsCountry": ".list_endpoint_operator_blacklist_response_items_country",
    "ListEndpointOperatorBlacklistResponseItemsMncItems": ".list_endpoint_operator_blacklist_response_items_mnc_items",
    "ListEndpointOperatorBlacklistResponseItemsTapcodeItems": ".list_endpoint_operator_blacklist_response_items_tapcode_items",
    "ListEndpointSmsResponseItems": ".list_endpoint_sms_response_items",
    "ListEndpointSmsResponseItemsEndpoint": ".list_endpoint_sms_response_items_endpoint",
    "ListEndpointSmsResponseItemsSmsType": ".list_endpoint_sms_response_items_sms_type",
    "ListEndpointSmsResponseItemsSourceAddressType": ".list_endpoint_sms_response_items_source_address_type",
    "ListEndpointSmsResponseItemsStatus": ".list_endpoint_sms_response_items_status",
    "ListEndpointStatusesResponseItems": ".list_endpoint_statuses_response_items",
    "ListEndpointTagsBadRequestError": ".list_endpoint_tags_bad_request_error",
    "ListEndpointTagsResponseItems": ".list_endpoint_tags_response_items",
    "ListEndpointTagsResponseItemsTagColor": ".list_endpoint_tags_response_items_tag_color",
    "ListEndpointTrafficLimitExtensionsResponseItems": ".list_endpoint_traffic_limit_extensions_response_items",
    "ListEndpointsResponseItemsIpAddressSpace": ".list_endpoints_response_items_ip_address_space",
    "ListEndpointsResponseItemsRuntimeData": ".list_endpoints_response_items_runtime_data",
    "ListEndpointsResponseItemsServiceProfile": ".list_endpoints_response_items_service_profile",
    "ListEndpointsResponseItemsSim": ".list_endpoints_response_items_sim",
    "ListEndpointsResponseItemsSimEuiccProfileData": ".list_endpoints_response_items_sim_euicc_profile_data",
    "ListEndpointsResponseItemsSimSimProfileType": ".list_endpoints_response_items_sim_sim_profile_type",
    "ListEndpointsResponseItemsSimStatus": ".list_endpoints_response_items_sim_status",
    "ListEndpointsResponseItemsStatus": ".list_endpoints_response_items_status",
    "ListEndpointsResponseItemsTagAssignmentsItems": ".list_endpoints_response_items_tag_assignments_items",
    "ListEndpointsResponseItemsTagAssignmentsItemsTagColor": ".list_endpoints_response_items_tag_assignments_items_tag_color",
    "ListEndpointsResponseItemsTariffProfile": ".list_endpoints_response_items_tariff_profile",
    "ListEsmeInterfaceTypesResponseItems": ".list_esme_interface_types_response_items",
    "ListEventTypesResponseItems": ".list_event_types_response_items",
    "ListEventsResponseItems": ".list_events_response_items",
    "ListEventsResponseItemsEndpointType0": ".list_events_response_items_endpoint_type_0",
    "ListEventsResponseItemsEventSeverity": ".list_events_response_items_event_severity",
    "ListEventsResponseItemsEventSource": ".list_events_response_items_event_source",
    "ListEventsResponseItemsEventType": ".list_events_response_items_event_type",
    "ListEventsResponseItemsImsiType0": ".list_events_response_items_imsi_type_0",
    "ListEventsResponseItemsOrganisation": ".list_events_response_items_organisation",
    "ListEventsResponseItemsSimType0": ".list_events_response_items_sim_type_0",
    "ListEventsResponseItemsUser": ".list_events_response_items_user",
    "ListIpAddressSpacesResponseItems": ".list_ip_address_spaces_response_items",
    "ListMfaKeyStatusesResponseItems": ".list_mfa_key_statuses_response_items",
    "ListMfaKeyTypesResponseItems": ".list_mfa_key_types_response_items",
    "ListOperatorsResponseItems": ".list_operators_response_items",
    "ListOperatorsResponseItemsCountry": ".list_operators_response_items_country",
    "ListOrganisationStatusesResponseItems": ".list_organisation_statuses_response_items",
    "ListOrganisationTariffPlansResponseItems": ".list_organisation_tariff_plans_response_items",
    "ListOrganisationTariffPlansResponseItemsServiceLevel": ".list_organisation_tariff_plans_response_items_service_level",
    "ListOrganisationTariffPlansResponseItemsTariffPlan": ".list_organisation_tariff_plans_response_items_tariff_plan",
    "ListOrganisationTariffPlansResponseItemsTariffPlanCurrency": ".list_organisation_tariff_plans_response_items_tariff_plan_currency",
    "ListOrganisationTariffPlansResponseItemsTariffPlanNotes": ".list_organisation_tariff_plans_response_items_tariff_plan_notes",
    "ListOrganisationTariffPlansResponseItemsTariffPlanPrice": ".list_organisation_tariff_plans_response_items_tariff_plan_price",
    "ListOrganisationTariffPlansResponseItemsTariffPlanPriceSimActivatedRateItems0": ".list_organisation_tariff_plans_response_items_tariff_plan_price_sim_activated_rate_items_0",
    "ListOrganisationTariffPlansResponseItemsTariffPlanPriceSimActivatedRateItems1": ".list_organisation_tariff_plans_response_items_tariff_plan_price_sim_activated_rate_items_1",
    "ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel": ".list_organisation_tariff_plans_response_items_tariff_plan_service_level",
    "ListOrganisationTariffPlansResponseItemsTariffPlanStatus": ".list_organisation_tariff_plans_response_items_tariff_plan_status",
    "ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId": ".list_organisation_tariff_plans_response_items_tariff_plan_tariff_plan_runtime_id",
    "ListOrganisationTariffPlansResponseItemsTariffPlanVisibility": ".list_organisation_tariff_plans_response_items_tariff_plan_visibility",
    "ListRatTypesResponseItems": ".list_rat_types_response_items",
    "ListServiceLevelsResponseItems": ".list_service_levels_response_items",
    "ListServiceProfileDataLimitsResponseItems": ".list_service_profile_data_limits_response_items",
    "ListServiceProfileDataLimitsResponseItemsPeriod": ".list_service_profile_data_limits_response_items_period",
    "ListServiceProfileDataLimitsResponseItemsService": ".list_service_profile_data_limits_response_items_service",
    "ListServiceProfilesResponseItems": ".list_service_profiles_response_items",
    "ListServiceProfilesResponseItemsIpFirewallRuleSet": ".list_service_profiles_response_items_ip_firewall_rule_set",
    "ListServiceProfilesResponseItemsIpFirewallRuleSetIpFirewallProfilesItems": ".list_service_profiles_response_items_ip_firewall_rule_set_ip_firewall_profiles_items",
    "ListServicesResponseItems": ".list_services_response_items",
    "ListServicesResponseItemsTrafficType": ".list_services_response_items_traffic_type",
    "ListSimEventsResponseItems": ".list_sim_events_response_items",
    "ListSimEventsResponseItemsEndpoint": ".list_sim_events_response_items_endpoint",
    "ListSimEventsResponseItemsEventSeverity": ".list_sim_events_response_items_event_severity",
    "ListSimEventsResponseItemsEventSource": ".list_sim_events_response_items_event_source",
    "ListSimEventsResponseItemsEventType": ".list_sim_events_response_items_event_type",
    "ListSimEventsResponseItemsImsi": ".list_sim_events_response_items_imsi",
    "ListSimEventsResponseItemsOrganisation": ".list_sim_events_response_items_organisation",
    "ListSimEventsResponseItemsSim": ".list_sim_events_response_items_sim",
    "ListSimEventsResponseItemsUserType0": ".list_sim_events_response_items_user_type_0",
    "ListSimStatusesResponseItems": ".list_sim_statuses_response_items",
    "ListSimsResponseItemsCustomerOrg": ".list_sims_response_items_customer_org",
    "ListSimsResponseItemsCustomerOrgCountry": ".list_sims_response_items_customer_org_country",
    "ListSimsResponseItemsEndpoint": ".list_sims_response_items_endpoint",
    "ListSimsResponseItemsIssuerOrg": ".list_sims_response_items_issuer_org",
    "ListSimsResponseItemsIssuerOrgCountry": ".list_sims_response_items_issuer_org_country",
    "ListSimsResponseItemsModel": ".list_sims_response_items_model",
    "ListSimsResponseItemsModelFormfactor": ".list_sims_response_items_model_formfactor",
    "ListSimsResponseItemsModelManufacturer": ".list_sims_response_items_model_manufacturer",
    "ListSimsResponseItemsResellerOrg": ".list_sims_response_items_reseller_org",
    "ListSimsResponseItemsResellerOrgCountry": ".list_sims_response_items_reseller_org_country",
    "ListSimsResponseItemsStatus": ".list_sims_response_items_status",
    "ListTagColorsResponseItems": ".list_tag_colors_response_items",
    "ListTagsBadRequestError": ".list_tags_bad_request_error",
    "ListTagsResponse200": ".list_tags_response_200",
    "ListTagsResponseDataItems": ".list_tags_response_data_items",
    "ListTagsResponseDataItemsTagColor": ".list_tags_response_data_items_tag_color",
    "ListTariffProfileBlockedOperatorsResponse200": ".list_tariff_profile_blocked_operators_response_200",
    "ListTariffProfileBlockedOperatorsResponseBlocklist": ".list_tariff_profile_blocked_operators_response_blocklist",
    "ListTariffProfileBlockedOperatorsResponseBlocklistRatTypesItems": ".list_tariff_profile_blocked_operators_response_blocklist_rat_types_items",
    "ListTariffProfileBlockedOperatorsResponseOperator": ".list_tariff_profile_blocked_operators_response_operator",
    "ListTariffProfileBlockedOperatorsResponseTariffProfile": ".list_tariff_profile_blocked_operators_response_tariff_profile",
    "ListTariffProfileCoverageResponseItems": ".list_tariff_profile_coverage_response_items",
    "ListTariffProfileCoverageResponseItemsCountry": ".list_tariff_profile_coverage_response_items_country",
    "ListTariffProfilesResponseItems": ".list_tariff_profiles_response_items",
    "ListTariffProfilesResponseItemsInclusiveVolume": ".list_tariff_profiles_response_items_inclusive_volume",
    "ListTariffProfilesResponseItemsInclusiveVolumeCurrency": ".list_tariff_profiles_response_items_inclusive_volume_currency",
    "ListTariffProfilesResponseItemsInclusiveVolumeRatezone": ".list_tariff_profiles_response_items_inclusive_volume_ratezone",
    "ListTariffProfilesResponseItemsTariff": ".list_tariff_profiles_response_items_tariff",
    "ListTariffProfilesResponseItemsTariffCurrency": ".list_tariff_profiles_response_items_tariff_currency",
    "ListTariffProfilesResponseItemsTariffCurrencyId": ".list_tariff_profiles_response_items_tariff_currency_id",
    "ListTrafficLimitsResponseItems": ".list_traffic_limits_response_items",
    "ListTrafficLimitsResponseItemsPeriod": ".list_traffic_limits_response_items_period",
    "ListTrafficLimitsResponseItemsService": ".list_traffic_limits_response_items_service",
    "ListTrustedDevicesNotFoundError": ".list_trusted_devices_not_found_error",
    "ListTrustedDevicesResponseItems": ".list_trusted_devices_response_items",
    "ListUserEventsResponseItems": ".list_user_events_response_items",
    "ListUserEventsResponseItemsEndpointType0": ".list_user_events_response_items_endpoint_type_0",
    "ListUserEventsResponseItemsEventSeverity": ".list_user_events_response_items_event_severity",
    "ListUserEventsResponseItemsEventSource": ".list_user_events_response_items_event_source",
    "ListUserEventsResponseItemsEventType": ".list_user_events_response_items_event_type",
    "ListUserEventsResponseItemsImsiType0": ".list_user_events_response_items_imsi_type_0",
    "ListUserEventsResponseItemsOrganisation": ".list_user_events_response_items_organisation",
    "ListUserEventsResponseItemsSimType0": ".list_user_events_response_items_sim_type_0",
    "ListUserEventsResponseItemsUser": ".list_user_events_response_items_user",
    "ListUserRolePermissionsResponse200": ".list_user_role_permissions_response_200",
    "ListUserRolesResponseItems": ".list_user_roles_response_items",
    "ListUserStatusesResponseItems": ".list_user_statuses_response_items",
    "ListUsersResponseItems": ".list_users_response_items",
    "ListUsersResponseItemsOrganisation": ".list_users_response_items_organisation",
    "ListUsersResponseItemsStatus": ".list_users_response_items_status",
    "MigrateSimsToWorkspaceBody": ".migrate_sims_to_workspace_body",
    "MigrateSimsToWorkspaceConflictError": ".migrate_sims_to_workspace_conflict_error",
    "MigrateSimsToWorkspaceRequestAllowedSimStatusesItems": ".migrate_sims_to_workspace_request_allowed_sim_statuses_items",
    "MigrateSimsToWorkspaceRequestIccidRange": ".migrate_sims_to_workspace_request_iccid_range",
    "MigrateSimsToWorkspaceRequestSimsItems": ".migrate_sims_to_workspace_request_sims_items",
    "MigrateSimsToWorkspaceRequestTargetWorkspace": ".migrate_sims_to_workspace_request_target_workspace",
    "MigrateSimsToWorkspaceResponse200": ".migrate_sims_to_workspace_response_200",
    "MigrateSimsToWorkspaceResponseAllowedSimStatusesItems": ".migrate_sims_to_workspace_response_allowed_sim_statuses_items",
    "MigrateSimsToWorkspaceResponseErrorsItems": ".migrate_sims_to_workspace_response_errors_items",
    "MigrateSimsToWorkspaceResponseErrorsItemsSimsItems": ".migrate_sims_to_workspace_response_errors_items_sims_items",
    "MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsEndpoint": ".migrate_sims_to_workspace_response_errors_items_sims_items_endpoint",
    "MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsSourceWorkspace": ".migrate_sims_to_workspace_response_errors_items_sims_items_source_workspace",
    "MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsStatus": ".migrate_sims_to_workspace_response_errors_items_sims_items_status",
    "MigrateSimsToWorkspaceResponseSimsItems": ".migrate_sims_to_workspace_response_sims_items",
    "MigrateSimsToWorkspaceResponseSimsItemsEndpoint": ".migrate_sims_to_workspace_response_sims_items_endpoint",
    "MigrateSimsToWorkspaceResponseSimsItemsSourceWorkspace": ".migrate_sims_to_workspace_response_sims_items_source_workspace",
    "MigrateSimsToWorkspaceResponseSimsItemsStatus": ".migrate_sims_to_workspace_response_sims_items_status",
    "MigrateSimsToWorkspaceResponseTargetWorkspace": ".migrate_sims_to_workspace_response_target_workspace",
    "OperationAction": ".operation_action",
    "OperationStatus": ".operation_status",
    "Organisation": ".organisation",
    "ProductRef": ".product_ref",
    "Profile": ".profile",
    "ProfileProfileType": ".profile_profile_type",
    "ProfileStatus": ".profile_status",
    "RegisterSimBatchBody": ".register_sim_batch_body",
    "RegisterSimBatchRequestSimStatus": ".register_sim_batch_request_sim_status",
    "RegisterSimBatchResponse200": ".register_sim_batch_response_200",
    "RegisterSimBatchResponseSimItems": ".register_sim_batch_response_sim_items",
    "RegisterSimBatchResponseSimItemsCustomerOrg": ".register_sim_batch_response_sim_items_customer_org",
    "RegisterSimBatchResponseSimItemsCustomerOrgCountry": ".register_sim_batch_response_sim_items_customer_org_country",
    "RegisterSimBatchResponseSimItemsEndpoint": ".register_sim_batch_response_sim_items_endpoint",
    "RegisterSimBatchResponseSimItemsIssuerOrg": ".register_sim_batch_response_sim_items_issuer_org",
    "RegisterSimBatchResponseSimItemsIssuerOrgCountry": ".register_sim_batch_response_sim_items_issuer_org_country",
    "RegisterSimBatchResponseSimItemsModel": ".register_sim_batch_response_sim_items_model",
    "RegisterSimBatchResponseSimItemsModelFormfactor": ".register_sim_batch_response_sim_items_model_formfactor",
    "RegisterSimBatchResponseSimItemsModelManufacturer": ".register_sim_batch_response_sim_items_model_manufacturer",
    "RegisterSimBatchResponseSimItemsResellerOrg": ".register_sim_batch_response_sim_items_reseller_org",
    "RegisterSimBatchResponseSimItemsResellerOrgCountry": ".register_sim_batch_response_sim_items_reseller_org_country",
    "RegisterSimBatchResponseSimItemsStatus": ".register_sim_batch_response_sim_items_status",
    "ReleaseIpAddressSpaceConflictError": ".release_ip_address_space_conflict_error",
    "ReleaseIpAddressSpaceNotFoundError": ".release_ip_address_space_not_found_error",
    "RemoveEndpointOperatorBlacklistNotFoundError": ".remove_endpoint_operator_blacklist_not_found_error",
    "RemoveServiceProfileServiceConflictError": ".remove_service_profile_service_conflict_error",
    "RemoveServiceProfileSmsLimitResponse200": ".remove_service_profile_sms_limit_response_200",
    "ResendUserActivationBody": ".resend_user_activation_body",
    "ResetEndpointConnectivityBody": ".reset_endpoint_connectivity_body",
    "RestartDataStreamResponse202": ".restart_data_stream_response_202",
    "RetryCloudConnectAttachmentResponse200": ".retry_cloud_connect_attachment_response_200",
    "SendEndpointSmsBody": ".send_endpoint_sms_body",
    "SendEndpointSmsRequestSourceAddressType": ".send_endpoint_sms_request_source_address_type",
    "SendEndpointSmsResponse201": ".send_endpoint_sms_response_201",
    "SetEndpointDataQuotaBody": ".set_endpoint_data_quota_body",
    "SetEndpointDataQuotaRequestActionOnExhaustion": ".set_endpoint_data_quota_request_action_on_exhaustion",
    "SetEndpointDataQuotaRequestActionOnExhaustionDescription": ".set_endpoint_data_quota_request_action_on_exhaustion_description",
    "SetEndpointDataQuotaRequestActionOnExhaustionId": ".set_endpoint_data_quota_request_action_on_exhaustion_id",
    "SetEndpointDataQuotaRequestStatus": ".set_endpoint_data_quota_request_status",
    "SetEndpointDataQuotaRequestStatusDescription": ".set_endpoint_data_quota_request_status_description",
    "SetEndpointDataQuotaRequestStatusId": ".set_endpoint_data_quota_request_status_id",
    "SetEndpointDataQuotaResponse201": ".set_endpoint_data_quota_response_201",
    "SetEndpointDataQuotaUnprocessableEntityError": ".set_endpoint_data_quota_unprocessable_entity_error",
    "SetEndpointSmsQuotaBody": ".set_endpoint_sms_quota_body",
    "SetEndpointSmsQuotaRequestActionOnExhaustion": ".set_endpoint_sms_quota_request_action_on_exhaustion",
    "SetEndpointSmsQuotaRequestActionOnExhaustionDescription": ".set_endpoint_sms_quota_request_action_on_exhaustion_description",
    "SetEndpointSmsQuotaRequestActionOnExhaustionId": ".set_endpoint_sms_quota_request_action_on_exhaustion_id",
    "SetEndpointSmsQuotaRequestStatus": ".set_endpoint_sms_quota_request_status",
    "SetEndpointSmsQuotaRequestStatusDescription": ".set_endpoint_sms_quota_request_status_description",
    "SetEndpointSmsQuotaRequestStatusId": ".set_endpoint_sms_quota_request_status_id",
    "SetEndpointSmsQuotaResponse201": ".set_endpoint_sms_quota_response_201",
    "Sim": ".sim",
    "SimDetails": ".sim_details",
    "SimOperationActionRef": ".sim_operation_action_ref",
    "SimOperationRequest": ".sim_operation_request",
    "SimOperationRequestTarget": ".sim_operation_request_target",
    "SimOperationRequestTargetSim": ".sim_operation_request_target_sim",
    "SimOperationResponse": ".sim_operation_response",
    "SimOperationResponseErrorItems": ".sim_operation_response_error_items",
    "SimOperationResponseTarget": ".sim_operation_response_target",
    "SimOperationResponseTargetSim": ".sim_operation_response_target_sim",
    "SimUnlinkedProductStatsResponseItems": ".sim_unlinked_product_stats_response_items",
    "SimUnlinkedProductStatsResponseItemsProduct": ".sim_unlinked_product_stats_response_items_product",
    "Status": ".status",
    "SupportedTargetingParametersDto": ".supported_targeting_parameters_dto",
    "SwitchWorkspaceBody": ".switch_workspace_body",
    "SwitchWorkspaceRequestTargetOrganisation": ".switch_workspace_request_target_organisation",
    "SwitchWorkspaceResponse200": ".switch_workspace_response_200",
    "SystemEventOutputDto": ".system_event_output_dto",
    "UnassignEndpointTagBadRequestError": ".unassign_endpoint_tag_bad_request_error",
    "UnassignEndpointTagResponse200": ".unassign_endpoint_tag_response_200",
    "UnassignEndpointTagUnprocessableEntityError": ".unassign_endpoint_tag_unprocessable_entity_error",
    "UpdateApplicationTokenBody": ".update_application_token_body",
    "UpdateApplicationTokenRequestStatus": ".update_application_token_request_status",
    "UpdateDataStreamBody": ".update_data_stream_body",
    "UpdateDataStreamRequestDestination": ".update_data_stream_request_destination",
    "UpdateDataStreamRequestDestinationCredentials0": ".update_data_stream_request_destination_credentials_0",
    "UpdateDataStreamRequestDestinationCredentials1": ".update_data_stream_request_destination_credentials_1",
    "UpdateDataStreamRequestDestinationCredentials2": ".update_data_stream_request_destination_credentials_2",
    "UpdateDataStreamRequestDestinationCredentials3": ".update_data_stream_request_destination_credentials_3",
    "UpdateDataStreamRequestDestinationCredentials4": ".update_data_stream_request_destination_credentials_4",
    "UpdateDataStreamRequestDestinationCredentials5": ".update_data_stream_request_destination_credentials_5",
    "UpdateDataStreamRequestDestinationCredentials6": ".update_data_stream_request_destination_credentials_6",
    "UpdateDataStreamRequestFiltersItems": ".update_data_stream_request_filters_items",
    "UpdateDataStreamRequestStatus": ".update_data_stream_request_status",
    "UpdateDataStreamResponse202": ".update_data_stream_response_202",
    "UpdateDefaultWorkspaceResponse200": ".update_default_workspace_response_200",
    "UpdateEndpointBody": ".update_endpoint_body",
    "UpdateEndpointRequestIpAddressSpace": ".update_endpoint_request_ip_address_space",
    "UpdateEndpointRequestServiceProfile": ".update_endpoint_request_service_profile",
    "UpdateEndpointRequestSim": ".update_endpoint_request_sim",
    "UpdateEndpointRequestSimStatus": ".update_endpoint_request_sim_status",
    "UpdateEndpointRequestStatus": ".update_endpoint_request_status",
    "UpdateEndpointRequestTariffProfile": ".update_endpoint_request_tariff_profile",
    "UpdateEndpointResponseErrorsItems": ".update_endpoint_response_errors_items",
    "UpdateEndpointUnprocessableEntityError": ".update_endpoint_unprocessable_entity_error",
    "UpdateOrganisationTariffBody": ".update_organisation_tariff_body",
    "UpdateOrganisationTariffResponse200": ".update_organisation_tariff_response_200",
    "UpdateServiceProfileBody": ".update_service_profile_body",
    "UpdateServiceProfileRequestApiCallback": ".update_service_profile_request_api_callback",
    "UpdateServiceProfileRequestApiSecret": ".update_service_profile_request_api_secret",
    "UpdateServiceProfileRequestBreakoutRegion": ".update_service_profile_request_breakout_region",
    "UpdateServiceProfileRequestDns": ".update_service_profile_request_dns",
    "UpdateServiceProfileRequestEsmeInterfaceType": ".update_service_profile_request_esme_interface_type",
    "UpdateServiceProfileRequestMocCallback": ".update_service_profile_request_moc_callback",
    "UpdateServiceProfileResponse201": ".update_service_profile_response_201",
    "UpdateSimBadRequestError": ".update_sim_bad_request_error",
    "UpdateSimBody": ".update_sim_body",
    "UpdateSimRequestCustomerOrg": ".update_sim_request_customer_org",
    "UpdateSimRequestIssuerOrg": ".update_sim_request_issuer_org",
    "UpdateSimRequestResellerOrg": ".update_sim_request_reseller_org",
    "UpdateSimRequestStatus": ".update_sim_request_status",
    "UpdateTagBadRequestError": ".update_tag_bad_request_error",
    "UpdateTagBody": ".update_tag_body",
    "UpdateTagRequestColor": ".update_tag_request_color",
    "UpdateTagUnprocessableEntityError": ".update_tag_unprocessable_entity_error",
    "UpdateTariffProfileBody": ".update_tariff_profile_body",
    "UpdateTariffProfileRequestTariff": ".update_tariff_profile_request_tariff",
    "UpdateUserBody": ".update_user_body",
    "UpdateUserRequestStatus": ".update_user_request_status",
    "UpdateUserResponseErrorsItems": ".update_user_response_errors_items",
    "UpdateUserUnprocessableEntityError": ".update_user_unprocessable_entity_error",
    "UpdateWorkspaceUserStatusBody": ".update_workspace_user_status_body",
    "UpdateWorkspaceUserStatusRequestStatus": ".update_workspace_user_status_request_status",
    "UsageCurrency": ".usage_currency",
    "UsageLastHour": ".usage_last_hour",
    "UsageMinuteSeries": ".usage_minute_series",
    "UsagePeriod": ".usage_period",
    "UsageRecord": ".usage_record",
    "UsageStats": ".usage_stats",
    "UsageTrafficType": ".usage_traffic_type",
    "UserResponse": ".user_response",
    "ValidateSimBatchResponse200": ".validate_sim_batch_response_200",
    "ValidateSimBatchResponseModel": ".validate_sim_batch_response_model",
    "ValidateSimBatchResponseModelFormfactor": ".validate_sim_batch_response_model_formfactor",
    "ValidateSimBatchResponseModelManufacturer": ".validate_sim_batch_response_model_manufacturer",
    "ValidateSimBatchResponseStatus": ".validate_sim_batch_response_status",
    "ValidatorDto": ".validator_dto",
    "VerifyAutomationRecipientEmailResponse200": ".verify_automation_recipient_email_response_200",
    "WithIdInputDto": ".with_id_input_dto",
    "WithStringIdInputDto": ".with_string_id_input_dto",
    "WithUuidInputDto": ".with_uuid_input_dto",
}

__all__ = (
    "AcceptUserInvitationBody",
    "ActionableEventCreateDto",
    "ActionableEventOutputDto",
    "ActivateMfaKeyBody",
    "ActivateMfaKeyConflictError",
    "ActivateMfaKeyNotFoundError",
    "ActivateMfaKeyRequestStatus",
    "ActivateMfaKeyUnprocessableEntityError",
    "ActivateUserBody",
    "AddEndpointOperatorBlacklistConflictError",
    "AddServiceProfileDataLimitBody",
    "AddServiceProfileDataLimitRequestPeriod",
    "AddServiceProfileDataLimitRequestPeriodId",
    "AddServiceProfileDataLimitRequestService",
    "AddServiceProfileDataLimitRequestServiceId",
    "AddServiceProfileDataLimitResponse201",
    "AddServiceProfileServiceConflictError",
    "AddServiceProfileSmsLimitResponse200",
    "ApiV1CncBreakoutGetParametersStatus",
    "ApiV1CncBreakoutGetParametersType",
    "AssignEndpointTagBadRequestError",
    "AssignEndpointTagBody",
    "AssignEndpointTagConflictError",
    "AssignEndpointTagResponse201",
    "AssignEndpointTagUnprocessableEntityError",
    "AssignIpAddressSpaceConflictError",
    "AssignIpAddressSpaceNotFoundError",
    "AssignOrganisationInclusiveVolumeBody",
    "AssignOrganisationInclusiveVolumeResponse201",
    "AssignUserRoleConflictError",
    "AssignUserRoleNotFoundError",
    "AuthenticateBody",
    "AuthenticateNotFoundError",
    "AuthenticateRequestTrustedDevice",
    "AuthenticateResponse200",
    "AuthenticateUnauthorizedError",
    "AutomationActionLogOutputDto",
    "AutomationActionOutputDto",
    "AutomationCreateDto",
    "AutomationOutputDto",
    "AutomationRecipientEmailVerificationInputDto",
    "AutomationUpdateDto",
    "BlockTariffProfileOperatorRatTypesBody",
    "BlockTariffProfileOperatorRatTypesRequestRatTypesItems",
    "BulkAssignEndpointTagsBadRequestError",
    "BulkAssignEndpointTagsBody",
    "BulkAssignEndpointTagsConflictError",
    "BulkAssignEndpointTagsRequestItemsItems",
    "BulkAssignEndpointTagsRequestItemsItemsEndpoint",
    "BulkAssignEndpointTagsRequestItemsItemsTagsItems",
    "BulkAssignEndpointTagsResponse200",
    "BulkAssignEndpointTagsUnprocessableEntityError",
    "BulkCreateEndpointsBody",
    "BulkCreateEndpointsRequestEndpointsItems",
    "BulkCreateEndpointsRequestEndpointsItemsSim",
    "BulkCreateEndpointsRequestEndpointsItemsSimStatus",
    "BulkCreateEndpointsRequestIpAddressSpace",
    "BulkCreateEndpointsRequestOrganisation",
    "BulkCreateEndpointsRequestServiceProfile",
    "BulkCreateEndpointsRequestStatus",
    "BulkCreateEndpointsRequestTariffProfile",
    "BulkCreateEndpointsResponseErrorsItems",
    "BulkCreateEndpointsResponseItems",
    "BulkCreateEndpointsResponseItemsImeiWithLuhn",
    "BulkCreateEndpointsResponseItemsIpAddressSpace",
    "BulkCreateEndpointsResponseItemsServiceProfile",
    "BulkCreateEndpointsResponseItemsSim",
    "BulkCreateEndpointsResponseItemsStatus",
    "BulkCreateEndpointsResponseItemsTariffProfile",
    "BulkCreateEndpointsUnprocessableEntityError",
    "BulkDeleteEndpointsRequestItems",
    "BulkDeleteSimsRequestItems",
    "BulkDeleteTagsBadRequestError",
    "BulkDeleteTagsBody",
    "BulkDeleteTagsRequestTagsItems",
    "BulkDeleteTagsResponse200",
    "BulkDeleteTagsUnprocessableEntityError",
    "BulkUnassignEndpointTagsBadRequestError",
    "BulkUnassignEndpointTagsBody",
    "BulkUnassignEndpointTagsRequestItemsItems",
    "BulkUnassignEndpointTagsRequestItemsItemsEndpoint",
    "BulkUnassignEndpointTagsRequestItemsItemsTagsItems",
    "BulkUnassignEndpointTagsResponse200",
    "BulkUnassignEndpointTagsUnprocessableEntityError",
    "BulkUpdateEndpointsRequestItems",
    "BulkUpdateEndpointsRequestItemsIpAddressSpace",
    "BulkUpdateEndpointsRequestItemsServiceProfile",
    "BulkUpdateEndpointsRequestItemsSim",
    "BulkUpdateEndpointsRequestItemsSimStatus",
    "BulkUpdateEndpointsRequestItemsStatus",
    "BulkUpdateEndpointsRequestItemsTariffProfile",
    "BulkUpdateEndpointsResponseErrorsItems",
    "BulkUpdateEndpointsUnprocessableEntityError",
    "CancelEndpointSmsResponse200",
    "ChangePasswordBody",
    "ChangePasswordResponseErrorsItems",
    "ChangePasswordUnprocessableEntityError",
    "ConfigurationInputPropertiesDto",
    "ConfigurationParameterDto",
    "ConfigurationPropertiesDto",
    "ConfiguredActionCreateDto",
    "ConfiguredActionOutputDto",
    "ConfiguredActionRecipientOutputDto",
    "ConfiguredActionReferenceDto",
    "CreateApiCallbackResponse201",
    "CreateApiSecretBody",
    "CreateApiSecretResponse201",
    "CreateApplicationTokenBody",
    "CreateApplicationTokenResponse200",
    "CreateApplicationTokenUnprocessableEntityError",
    "CreateCloudConnectAttachmentTgwBody",
    "CreateCloudConnectAttachmentTgwRequestType",
    "CreateCloudConnectAttachmentTgwResponse201",
    "CreateCloudConnectAttachmentVpnBody",
    "CreateCloudConnectAttachmentVpnRequestType",
    "CreateCloudConnectAttachmentVpnRequestTypeId",
    "CreateCloudConnectAttachmentVpnResponse201",
    "CreateDataStreamBody",
    "CreateDataStreamRequestDestination",
    "CreateDataStreamRequestDestinationCredentials0",
    "CreateDataStreamRequestDestinationCredentials1",
    "CreateDataStreamRequestDestinationCredentials2",
    "CreateDataStreamRequestDestinationCredentials3",
    "CreateDataStreamRequestDestinationCredentials4",
    "CreateDataStreamRequestDestinationCredentials5",
    "CreateDataStreamRequestDestinationCredentials6",
    "CreateDataStreamRequestFiltersItems",
    "CreateDataStreamResponse201",
    "CreateDataStreamUnprocessableEntityError",
    "CreatedEndpoint",
    "CreateDnsConfigBody",
    "CreateDnsConfigResponse201",
    "CreateEndpointBody",
    "CreateEndpointRequestIpAddressSpace",
    "CreateEndpointRequestOrganisation",
    "CreateEndpointRequestServiceProfile",
    "CreateEndpointRequestSim",
    "CreateEndpointRequestSimStatus",
    "CreateEndpointRequestStatus",
    "CreateEndpointRequestTariffProfile",
    "CreateEndpointResponseErrorsItems",
    "CreateEndpointResponseIpAddressSpace",
    "CreateEndpointResponseServiceProfile",
    "CreateEndpointResponseSim",
    "CreateEndpointResponseSimStatus",
    "CreateEndpointResponseStatus",
    "CreateEndpointResponseTariffProfile",
    "CreateEndpointTrafficLimitExtensionBody",
    "CreateEndpointTrafficLimitExtensionResponse201",
    "CreateEndpointUnprocessableEntityError",
    "CreateIpAddressSpaceBadRequestError",
    "CreateIpAddressSpaceBody",
    "CreateIpAddressSpaceConflictError",
    "CreateIpAddressSpaceForbiddenError",
    "CreateIpAddressSpaceNotFoundError",
    "CreateIpAddressSpaceResponse201",
    "CreateIpAddressSpaceResponseErrorsItems",
    "CreateIpAddressSpaceUnprocessableEntityError",
    "CreateMfaKeyBody",
    "CreateMfaKeyConflictError",
    "CreateMfaKeyRequestType",
    "CreateMfaKeyResponse200",
    "CreateMfaKeyResponseErrorsItems",
    "CreateMfaKeyResponseStatus",
    "CreateMfaKeyResponseType",
    "CreateMfaKeyUnprocessableEntityError",
    "CreateServiceProfileBody",
    "CreateServiceProfileRequestApiCallback",
    "CreateServiceProfileRequestApiSecret",
    "CreateServiceProfileRequestBreakoutRegion",
    "CreateServiceProfileRequestDns",
    "CreateServiceProfileRequestEsmeInterfaceType",
    "CreateServiceProfileRequestMocCallback",
    "CreateServiceProfileResponse201",
    "CreateSupportTokenBody",
    "CreateSupportTokenRequestRole",
    "CreateSupportTokenResponse201",
    "CreateTagBadRequestError",
    "CreateTagBody",
    "CreateTagConflictError",
    "CreateTagRequestColor",
    "CreateTagResponse201",
    "CreateTagResponseTagColor",
    "CreateTagUnprocessableEntityError",
    "CreateTariffProfileBody",
    "CreateTariffProfileRequestTariff",
    "CreateTariffProfileResponse201",
    "CreateUserBody",
    "CreateUserNotFoundError",
    "CreateUserRequestOrganisation",
    "CreateUserRequestRolesItems",
    "CreateUserResponse201",
    "CreateUserResponseErrorsItems",
    "CreateUserUnprocessableEntityError",
    "CustomEventCreateDto",
    "CustomEventOutputDto",
    "CustomEventTemplateOutputDto",
    "DeleteApiCallbackResponse200",
    "DeleteApiSecretResponse200",
    "DeleteCloudConnectAttachmentResponse200",
    "DeleteCustomEventResponse200",
    "DeleteDataStreamResponse202",
    "DeleteMfaKeyNotFoundError",
    "DeleteServiceProfileConflictError",
    "DeleteTrustedDeviceNotFoundError",
    "DeleteUserNotFoundError",
    "DeleteUserRoleConflictError",
    "DeleteUserRoleNotFoundError",
    "Endpoint",
    "EndpointDetails",
    "EndpointGetConnectivityInfoByEndpointIdResponse2000",
    "EndpointGetConnectivityInfoByEndpointIdResponse2001",
    "EndpointGetConnectivityInfoByEndpointIdResponse2002",
    "EndpointSummary",
    "Error",
    "ErrorResponse",
    "Euicc",
    "EuiccEim",
    "EuiccOperation",
    "EuiccOperationActionRef",
    "EuiccOperationRequest",
    "EuiccSupportedProfileType",
    "EuiccUnlinkedValidationRequest",
    "EuiccUnlinkedValidationRequestTargetItems",
    "EuiccUnlinkedValidationResponseItems",
    "GetActiveTariffPlanResponse200",
    "GetActiveTariffPlanResponseAppliedPrice",
    "GetActiveTariffPlanResponseAppliedPriceSimActivatedRateItems",
    "GetActiveTariffPlanResponseServiceLevel",
    "GetActiveTariffPlanResponseTariffPlan",
    "GetActiveTariffPlanResponseTariffPlanCurrency",
    "GetActiveTariffPlanResponseTariffPlanPrice",
    "GetActiveTariffPlanResponseTariffPlanPriceSimActivatedRateItems",
    "GetActiveTariffPlanResponseTariffPlanRuntime",
    "GetApiSecretResponse200",
    "GetCloudConnectAttachmentResponseItems",
    "GetCloudConnectAttachmentResponseItemsStatus",
    "GetCloudConnectAttachmentResponseItemsTunnelInformation",
    "GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics",
    "GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesInType0",
    "GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOutType0",
    "GetCloudConnectAttachmentResponseItemsType",
    "GetDataStreamResponse200",
    "GetDataStreamResponseDestination",
    "GetDataStreamResponseDestinationCredentials0",
    "GetDataStreamResponseDestinationCredentials1",
    "GetDataStreamResponseDestinationCredentials2",
    "GetDataStreamResponseDestinationCredentials3",
    "GetDataStreamResponseDestinationCredentials4",
    "GetDataStreamResponseDestinationCredentials5",
    "GetDataStreamResponseDestinationCredentials6",
    "GetDataStreamResponseFiltersItems",
    "GetDataStreamResponseStatus",
    "GetEndpointConnectivityInfoNotFoundError",
    "GetEndpointConnectivityInfoResponseOneOf0SubscriberInfo",
    "GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation",
    "GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId",
    "GetEndpointConnectivityInfoResponseOneOf2SubscriberInfo",
    "GetEndpointConnectivityResponse200",
    "GetEndpointConnectivityResponseLocation",
    "GetEndpointConnectivityResponsePdpContext",
    "GetEndpointConnectivityResponseStatus",
    "GetEndpointDailyStatsResponseItems",
    "GetEndpointDailyStatsResponseItemsData",
    "GetEndpointDailyStatsResponseItemsDataCurrency",
    "GetEndpointDailyStatsResponseItemsDataTrafficType",
    "GetEndpointDailyStatsResponseItemsSatGeoData",
    "GetEndpointDailyStatsResponseItemsSatGeoSms",
    "GetEndpointDailyStatsResponseItemsSms",
    "GetEndpointDailyStatsResponseItemsSmsCurrency",
    "GetEndpointDailyStatsResponseItemsSmsTrafficType",
    "GetEndpointDataQuotaResponse200",
    "GetEndpointDataQuotaResponseActionOnExhaustion",
    "GetEndpointDataQuotaResponseActionOnExhaustionDescription",
    "GetEndpointDataQuotaResponseActionOnExhaustionId",
    "GetEndpointDataQuotaResponseStatus",
    "GetEndpointDataQuotaResponseStatusDescription",
    "GetEndpointDataQuotaResponseStatusId",
    "GetEndpointResponseIpAddressSpace",
    "GetEndpointResponseRuntimeData",
    "GetEndpointResponseServiceProfile",
    "GetEndpointResponseSim",
    "GetEndpointResponseSimStatus",
    "GetEndpointResponseStatus",
    "GetEndpointResponseTariffProfile",
    "GetEndpointSmsResponse200",
    "GetEndpointSmsResponseEndpoint",
    "GetEndpointSmsResponseSmsType",
    "GetEndpointSmsResponseSourceAddressType",
    "GetEndpointSmsResponseStatus",
    "GetMyOrganisationResponse200",
    "GetOrganisationActiveTariffPlanResponse200",
    "GetOrganisationActiveTariffPlanResponseAppliedPrice",
    "GetOrganisationActiveTariffPlanResponseAppliedPriceSimActivatedRateItems",
    "GetOrganisationActiveTariffPlanResponseServiceLevel",
    "GetOrganisationActiveTariffPlanResponseTariffPlan",
    "GetOrganisationActiveTariffPlanResponseTariffPlanCurrency",
    "GetOrganisationActiveTariffPlanResponseTariffPlanPrice",
    "GetOrganisationActiveTariffPlanResponseTariffPlanPriceSimActivatedRateItems",
    "GetOrganisationActiveTariffPlanResponseTariffPlanRuntime",
    "GetOrganisationDailyStatsResponseItems",
    "GetOrganisationDailyStatsResponseItemsData",
    "GetOrganisationDailyStatsResponseItemsDataCurrency",
    "GetOrganisationDailyStatsResponseItemsDataTrafficType",
    "GetOrganisationDailyStatsResponseItemsSms",
    "GetOrganisationDailyStatsResponseItemsSmsCurrency",
    "GetOrganisationDailyStatsResponseItemsSmsTrafficType",
    "GetOrganisationHourlyStatsResponse200",
    "GetOrganisationHourlyStatsResponseData",
    "GetOrganisationHourlyStatsResponseSms",
    "GetOrganisationMonthlyStatsResponse200",
    "GetOrganisationMonthlyStatsResponseCurrentMonth",
    "GetOrganisationMonthlyStatsResponseCurrentMonthData",
    "GetOrganisationMonthlyStatsResponseCurrentMonthDataCurrency",
    "GetOrganisationMonthlyStatsResponseCurrentMonthDataTrafficType",
    "GetOrganisationMonthlyStatsResponseCurrentMonthSms",
    "GetOrganisationMonthlyStatsResponseCurrentMonthSmsCurrency",
    "GetOrganisationMonthlyStatsResponseCurrentMonthSmsTrafficType",
    "GetOrganisationMonthlyStatsResponseInclusiveVolume",
    "GetOrganisationMonthlyStatsResponseLastMonth",
    "GetOrganisationMonthlyStatsResponseLastMonthData",
    "GetOrganisationMonthlyStatsResponseLastMonthDataCurrency",
    "GetOrganisationMonthlyStatsResponseLastMonthDataTrafficType",
    "GetOrganisationMonthlyStatsResponseLastMonthSms",
    "GetOrganisationMonthlyStatsResponseLastMonthSmsCurrency",
    "GetOrganisationMonthlyStatsResponseLastMonthSmsTrafficType",
    "GetOrganisationMonthlyStatsResponsePrepaidBalance",
    "GetOrganisationMonthlyStatsResponsePrepaidBalanceCurrency",
    "GetOrganisationMonthlyStatsResponseSim",
    "GetServiceProfileResponse200",
    "GetServiceProfileResponseApiCallback",
    "GetServiceProfileResponseApiSecret",
    "GetServiceProfileResponseBreakoutRegion",
    "GetServiceProfileResponseEsmeInterfaceType",
    "GetServiceProfileResponseIpFirewallRuleSet",
    "GetServiceProfileResponseIpFirewallRuleSetIpFirewallProfilesItems",
    "GetServiceProfileResponseMocCallback",
    "GetServiceProfileResponseServiceItems",
    "GetServiceTrafficLimitResponseItems",
    "GetServiceTrafficLimitResponseItemsPeriod",
    "GetSimResponseCustomerOrg",
    "GetSimResponseCustomerOrgCountry",
    "GetSimResponseEndpoint",
    "GetSimResponseIssuerOrg",
    "GetSimResponseIssuerOrgCountry",
    "GetSimResponseModel",
    "GetSimResponseModelFormfactor",
    "GetSimResponseModelManufacturer",
    "GetSimResponseResellerOrg",
    "GetSimResponseResellerOrgCountry",
    "GetSimResponseStatus",
    "GetTariffProfileBlockedOperatorResponse200",
    "GetTariffProfileBlockedOperatorResponseBlocklist",
    "GetTariffProfileBlockedOperatorResponseBlocklistRatTypesItems",
    "GetTariffProfileBlockedOperatorResponseOperator",
    "GetTariffProfileBlockedOperatorResponseTariffProfile",
    "GetTariffProfileResponse200",
    "GetTariffProfileResponseInclusiveVolume",
    "GetTariffProfileResponseInclusiveVolumeCurrency",
    "GetTariffProfileResponseInclusiveVolumeRatezone",
    "GetTariffProfileResponseTariff",
    "GetTariffProfileResponseTariffCurrency",
    "GetTariffProfileResponseTariffCurrencyId",
    "GetUserNotFoundError",
    "GetUserResponse200",
    "GetUserResponseMfaItems",
    "GetUserResponseOrganisation",
    "GetUserResponseRolesItems",
    "GetUserResponseStatus",
    "GetWorkspaceDailyStatsResponse200",
    "GetWorkspaceDailyStatsResponseDaysItems",
    "GetWorkspaceDailyStatsResponseDaysItemsDataVolume",
    "GetWorkspaceDailyStatsResponseDaysItemsDataVolumeCurrency",
    "GetWorkspaceDailyStatsResponseDaysItemsDataVolumeTrafficType",
    "GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume",
    "GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolumeCurrency",
    "GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolumeTrafficType",
    "GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume",
    "GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolumeCurrency",
    "GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolumeTrafficType",
    "GetWorkspaceDailyStatsResponseDaysItemsSmsVolume",
    "GetWorkspaceDailyStatsResponseDaysItemsSmsVolumeCurrency",
    "GetWorkspaceDailyStatsResponseDaysItemsSmsVolumeTrafficType",
    "GetWorkspaceDailyStatsResponseTotal",
    "GetWorkspaceDailyStatsResponseTotalDataVolume",
    "GetWorkspaceDailyStatsResponseTotalDataVolumeCurrency",
    "GetWorkspaceDailyStatsResponseTotalDataVolumeTrafficType",
    "GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume",
    "GetWorkspaceDailyStatsResponseTotalSatGeoDataVolumeCurrency",
    "GetWorkspaceDailyStatsResponseTotalSatGeoDataVolumeTrafficType",
    "GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume",
    "GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolumeCurrency",
    "GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolumeTrafficType",
    "GetWorkspaceDailyStatsResponseTotalSmsVolume",
    "GetWorkspaceDailyStatsResponseTotalSmsVolumeCurrency",
    "GetWorkspaceDailyStatsResponseTotalSmsVolumeTrafficType",
    "IdName",
    "InviteUserBody",
    "InviteUserRequestOrganisation",
    "InviteUserRequestRolesItems",
    "InviteUserResponse201",
    "InviteUserResponseOrganisation",
    "InviteUserResponseRolesItems",
    "ListActiveOrganisationInclusiveVolumesResponseItems",
    "ListActiveOrganisationInclusiveVolumesResponseItemsCurrency",
    "ListActiveOrganisationInclusiveVolumesResponseItemsTariff",
    "ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone",
    "ListApiSecretsResponseItems",
    "ListApplicationTokensResponseItems",
    "ListApplicationTokensResponseItemsCreator",
    "ListApplicationTokensResponseItemsStatus",
    "ListAssignedWorkspacesResponseItems",
    "ListAssignedWorkspacesResponseItemsRolesItems",
    "ListAssignedWorkspacesResponseItemsStatus",
    "ListAssignedWorkspacesResponseItemsStatusStatus",
    "ListAvailableIpAddressSpacesResponseItems",
    "ListBreakoutRegionsResponseItems",
    "ListCloudConnectAttachmentsResponseItems",
    "ListCloudConnectAttachmentsResponseItemsStatus",
    "ListCloudConnectAttachmentsResponseItemsType",
    "ListCloudConnectAvailableRegionsResponseItems",
    "ListCloudConnectBreakoutTypesResponseItems",
    "ListCloudConnectPricesResponseItems",
    "ListCloudConnectPricesResponseItemsCurrency",
    "ListCountriesResponseItems",
    "ListCurrenciesResponseItems",
    "ListDataBlocksizesResponseItems",
    "ListDataStreamFilterFieldsResponseItems",
    "ListDataStreamsResponse200",
    "ListDataStreamsResponseDestination",
    "ListDataStreamsResponseDestinationCredentials0",
    "ListDataStreamsResponseDestinationCredentials1",
    "ListDataStreamsResponseDestinationCredentials2",
    "ListDataStreamsResponseDestinationCredentials3",
    "ListDataStreamsResponseDestinationCredentials4",
    "ListDataStreamsResponseDestinationCredentials5",
    "ListDataStreamsResponseDestinationCredentials6",
    "ListDataStreamsResponseFiltersItems",
    "ListDataStreamStatusesResponseItems",
    "ListDataStreamTypesResponseItems",
    "ListDataThrottlesResponseItems",
    "ListDnsConfigsResponseItems",
    "ListEndpointEventsResponseItems",
    "ListEndpointEventsResponseItemsEndpoint",
    "ListEndpointEventsResponseItemsEventSeverity",
    "ListEndpointEventsResponseItemsEventSource",
    "ListEndpointEventsResponseItemsEventType",
    "ListEndpointEventsResponseItemsImsi",
    "ListEndpointEventsResponseItemsOrganisation",
    "ListEndpointEventsResponseItemsSim",
    "ListEndpointEventsResponseItemsUserType0",
    "ListEndpointOperatorBlacklistResponseItems",
    "ListEndpointOperatorBlacklistResponseItemsCountry",
    "ListEndpointOperatorBlacklistResponseItemsMncItems",
    "ListEndpointOperatorBlacklistResponseItemsTapcodeItems",
    "ListEndpointSmsResponseItems",
    "ListEndpointSmsResponseItemsEndpoint",
    "ListEndpointSmsResponseItemsSmsType",
    "ListEndpointSmsResponseItemsSourceAddressType",
    "ListEndpointSmsResponseItemsStatus",
    "ListEndpointsResponseItemsIpAddressSpace",
    "ListEndpointsResponseItemsRuntimeData",
    "ListEndpointsResponseItemsServiceProfile",
    "ListEndpointsResponseItemsSim",
    "ListEndpointsResponseItemsSimEuiccProfileData",
    "ListEndpointsResponseItemsSimSimProfileType",
    "ListEndpointsResponseItemsSimStatus",
    "ListEndpointsResponseItemsStatus",
    "ListEndpointsResponseItemsTagAssignmentsItems",
    "ListEndpointsResponseItemsTagAssignmentsItemsTagColor",
    "ListEndpointsResponseItemsTariffProfile",
    "ListEndpointStatusesResponseItems",
    "ListEndpointTagsBadRequestError",
    "ListEndpointTagsResponseItems",
    "ListEndpointTagsResponseItemsTagColor",
    "ListEndpointTrafficLimitExtensionsResponseItems",
    "ListEsmeInterfaceTypesResponseItems",
    "ListEventsResponseItems",
    "ListEventsResponseItemsEndpointType0",
    "ListEventsResponseItemsEventSeverity",
    "ListEventsResponseItemsEventSource",
    "ListEventsResponseItemsEventType",
    "ListEventsResponseItemsImsiType0",
    "ListEventsResponseItemsOrganisation",
    "ListEventsResponseItemsSimType0",
    "ListEventsResponseItemsUser",
    "ListEventTypesResponseItems",
    "ListIpAddressSpacesResponseItems",
    "ListMfaKeyStatusesResponseItems",
    "ListMfaKeyTypesResponseItems",
    "ListOperatorsResponseItems",
    "ListOperatorsResponseItemsCountry",
    "ListOrganisationStatusesResponseItems",
    "ListOrganisationTariffPlansResponseItems",
    "ListOrganisationTariffPlansResponseItemsServiceLevel",
    "ListOrganisationTariffPlansResponseItemsTariffPlan",
    "ListOrganisationTariffPlansResponseItemsTariffPlanCurrency",
    "ListOrganisationTariffPlansResponseItemsTariffPlanNotes",
    "ListOrganisationTariffPlansResponseItemsTariffPlanPrice",
    "ListOrganisationTariffPlansResponseItemsTariffPlanPriceSimActivatedRateItems0",
    "ListOrganisationTariffPlansResponseItemsTariffPlanPriceSimActivatedRateItems1",
    "ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel",
    "ListOrganisationTariffPlansResponseItemsTariffPlanStatus",
    "ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId",
    "ListOrganisationTariffPlansResponseItemsTariffPlanVisibility",
    "ListRatTypesResponseItems",
    "ListServiceLevelsResponseItems",
    "ListServiceProfileDataLimitsResponseItems",
    "ListServiceProfileDataLimitsResponseItemsPeriod",
    "ListServiceProfileDataLimitsResponseItemsService",
    "ListServiceProfilesResponseItems",
    "ListServiceProfilesResponseItemsIpFirewallRuleSet",
    "ListServiceProfilesResponseItemsIpFirewallRuleSetIpFirewallProfilesItems",
    "ListServicesResponseItems",
    "ListServicesResponseItemsTrafficType",
    "ListSimEventsResponseItems",
    "ListSimEventsResponseItemsEndpoint",
    "ListSimEventsResponseItemsEventSeverity",
    "ListSimEventsResponseItemsEventSource",
    "ListSimEventsResponseItemsEventType",
    "ListSimEventsResponseItemsImsi",
    "ListSimEventsResponseItemsOrganisation",
    "ListSimEventsResponseItemsSim",
    "ListSimEventsResponseItemsUserType0",
    "ListSimsResponseItemsCustomerOrg",
    "ListSimsResponseItemsCustomerOrgCountry",
    "ListSimsResponseItemsEndpoint",
    "ListSimsResponseItemsIssuerOrg",
    "ListSimsResponseItemsIssuerOrgCountry",
    "ListSimsResponseItemsModel",
    "ListSimsResponseItemsModelFormfactor",
    "ListSimsResponseItemsModelManufacturer",
    "ListSimsResponseItemsResellerOrg",
    "ListSimsResponseItemsResellerOrgCountry",
    "ListSimsResponseItemsStatus",
    "ListSimStatusesResponseItems",
    "ListTagColorsResponseItems",
    "ListTagsBadRequestError",
    "ListTagsResponse200",
    "ListTagsResponseDataItems",
    "ListTagsResponseDataItemsTagColor",
    "ListTariffProfileBlockedOperatorsResponse200",
    "ListTariffProfileBlockedOperatorsResponseBlocklist",
    "ListTariffProfileBlockedOperatorsResponseBlocklistRatTypesItems",
    "ListTariffProfileBlockedOperatorsResponseOperator",
    "ListTariffProfileBlockedOperatorsResponseTariffProfile",
    "ListTariffProfileCoverageResponseItems",
    "ListTariffProfileCoverageResponseItemsCountry",
    "ListTariffProfilesResponseItems",
    "ListTariffProfilesResponseItemsInclusiveVolume",
    "ListTariffProfilesResponseItemsInclusiveVolumeCurrency",
    "ListTariffProfilesResponseItemsInclusiveVolumeRatezone",
    "ListTariffProfilesResponseItemsTariff",
    "ListTariffProfilesResponseItemsTariffCurrency",
    "ListTariffProfilesResponseItemsTariffCurrencyId",
    "ListTrafficLimitsResponseItems",
    "ListTrafficLimitsResponseItemsPeriod",
    "ListTrafficLimitsResponseItemsService",
    "ListTrustedDevicesNotFoundError",
    "ListTrustedDevicesResponseItems",
    "ListUserEventsResponseItems",
    "ListUserEventsResponseItemsEndpointType0",
    "ListUserEventsResponseItemsEventSeverity",
    "ListUserEventsResponseItemsEventSource",
    "ListUserEventsResponseItemsEventType",
    "ListUserEventsResponseItemsImsiType0",
    "ListUserEventsResponseItemsOrganisation",
    "ListUserEventsResponseItemsSimType0",
    "ListUserEventsResponseItemsUser",
    "ListUserRolePermissionsResponse200",
    "ListUserRolesResponseItems",
    "ListUsersResponseItems",
    "ListUsersResponseItemsOrganisation",
    "ListUsersResponseItemsStatus",
    "ListUserStatusesResponseItems",
    "MigrateSimsToWorkspaceBody",
    "MigrateSimsToWorkspaceConflictError",
    "MigrateSimsToWorkspaceRequestAllowedSimStatusesItems",
    "MigrateSimsToWorkspaceRequestIccidRange",
    "MigrateSimsToWorkspaceRequestSimsItems",
    "MigrateSimsToWorkspaceRequestTargetWorkspace",
    "MigrateSimsToWorkspaceResponse200",
    "MigrateSimsToWorkspaceResponseAllowedSimStatusesItems",
    "MigrateSimsToWorkspaceResponseErrorsItems",
    "MigrateSimsToWorkspaceResponseErrorsItemsSimsItems",
    "MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsEndpoint",
    "MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsSourceWorkspace",
    "MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsStatus",
    "MigrateSimsToWorkspaceResponseSimsItems",
    "MigrateSimsToWorkspaceResponseSimsItemsEndpoint",
    "MigrateSimsToWorkspaceResponseSimsItemsSourceWorkspace",
    "MigrateSimsToWorkspaceResponseSimsItemsStatus",
    "MigrateSimsToWorkspaceResponseTargetWorkspace",
    "OperationAction",
    "OperationStatus",
    "Organisation",
    "ProductRef",
    "Profile",
    "ProfileProfileType",
    "ProfileStatus",
    "RegisterSimBatchBody",
    "RegisterSimBatchRequestSimStatus",
    "RegisterSimBatchResponse200",
    "RegisterSimBatchResponseSimItems",
    "RegisterSimBatchResponseSimItemsCustomerOrg",
    "RegisterSimBatchResponseSimItemsCustomerOrgCountry",
    "RegisterSimBatchResponseSimItemsEndpoint",
    "RegisterSimBatchResponseSimItemsIssuerOrg",
    "RegisterSimBatchResponseSimItemsIssuerOrgCountry",
    "RegisterSimBatchResponseSimItemsModel",
    "RegisterSimBatchResponseSimItemsModelFormfactor",
    "RegisterSimBatchResponseSimItemsModelManufacturer",
    "RegisterSimBatchResponseSimItemsResellerOrg",
    "RegisterSimBatchResponseSimItemsResellerOrgCountry",
    "RegisterSimBatchResponseSimItemsStatus",
    "ReleaseIpAddressSpaceConflictError",
    "ReleaseIpAddressSpaceNotFoundError",
    "RemoveEndpointOperatorBlacklistNotFoundError",
    "RemoveServiceProfileServiceConflictError",
    "RemoveServiceProfileSmsLimitResponse200",
    "ResendUserActivationBody",
    "ResetEndpointConnectivityBody",
    "RestartDataStreamResponse202",
    "RetryCloudConnectAttachmentResponse200",
    "SendEndpointSmsBody",
    "SendEndpointSmsRequestSourceAddressType",
    "SendEndpointSmsResponse201",
    "SetEndpointDataQuotaBody",
    "SetEndpointDataQuotaRequestActionOnExhaustion",
    "SetEndpointDataQuotaRequestActionOnExhaustionDescription",
    "SetEndpointDataQuotaRequestActionOnExhaustionId",
    "SetEndpointDataQuotaRequestStatus",
    "SetEndpointDataQuotaRequestStatusDescription",
    "SetEndpointDataQuotaRequestStatusId",
    "SetEndpointDataQuotaResponse201",
    "SetEndpointDataQuotaUnprocessableEntityError",
    "SetEndpointSmsQuotaBody",
    "SetEndpointSmsQuotaRequestActionOnExhaustion",
    "SetEndpointSmsQuotaRequestActionOnExhaustionDescription",
    "SetEndpointSmsQuotaRequestActionOnExhaustionId",
    "SetEndpointSmsQuotaRequestStatus",
    "SetEndpointSmsQuotaRequestStatusDescription",
    "SetEndpointSmsQuotaRequestStatusId",
    "SetEndpointSmsQuotaResponse201",
    "Sim",
    "SimDetails",
    "SimOperationActionRef",
    "SimOperationRequest",
    "SimOperationRequestTarget",
    "SimOperationRequestTargetSim",
    "SimOperationResponse",
    "SimOperationResponseErrorItems",
    "SimOperationResponseTarget",
    "SimOperationResponseTargetSim",
    "SimUnlinkedProductStatsResponseItems",
    "SimUnlinkedProductStatsResponseItemsProduct",
    "Status",
    "SupportedTargetingParametersDto",
    "SwitchWorkspaceBody",
    "SwitchWorkspaceRequestTargetOrganisation",
    "SwitchWorkspaceResponse200",
    "SystemEventOutputDto",
    "UnassignEndpointTagBadRequestError",
    "UnassignEndpointTagResponse200",
    "UnassignEndpointTagUnprocessableEntityError",
    "UpdateApplicationTokenBody",
    "UpdateApplicationTokenRequestStatus",
    "UpdateDataStreamBody",
    "UpdateDataStreamRequestDestination",
    "UpdateDataStreamRequestDestinationCredentials0",
    "UpdateDataStreamRequestDestinationCredentials1",
    "UpdateDataStreamRequestDestinationCredentials2",
    "UpdateDataStreamRequestDestinationCredentials3",
    "UpdateDataStreamRequestDestinationCredentials4",
    "UpdateDataStreamRequestDestinationCredentials5",
    "UpdateDataStreamRequestDestinationCredentials6",
    "UpdateDataStreamRequestFiltersItems",
    "UpdateDataStreamRequestStatus",
    "UpdateDataStreamResponse202",
    "UpdateDefaultWorkspaceResponse200",
    "UpdateEndpointBody",
    "UpdateEndpointRequestIpAddressSpace",
    "UpdateEndpointRequestServiceProfile",
    "UpdateEndpointRequestSim",
    "UpdateEndpointRequestSimStatus",
    "UpdateEndpointRequestStatus",
    "UpdateEndpointRequestTariffProfile",
    "UpdateEndpointResponseErrorsItems",
    "UpdateEndpointUnprocessableEntityError",
    "UpdateOrganisationTariffBody",
    "UpdateOrganisationTariffResponse200",
    "UpdateServiceProfileBody",
    "UpdateServiceProfileRequestApiCallback",
    "UpdateServiceProfileRequestApiSecret",
    "UpdateServiceProfileRequestBreakoutRegion",
    "UpdateServiceProfileRequestDns",
    "UpdateServiceProfileRequestEsmeInterfaceType",
    "UpdateServiceProfileRequestMocCallback",
    "UpdateServiceProfileResponse201",
    "UpdateSimBadRequestError",
    "UpdateSimBody",
    "UpdateSimRequestCustomerOrg",
    "UpdateSimRequestIssuerOrg",
    "UpdateSimRequestResellerOrg",
    "UpdateSimRequestStatus",
    "UpdateTagBadRequestError",
    "UpdateTagBody",
    "UpdateTagRequestColor",
    "UpdateTagUnprocessableEntityError",
    "UpdateTariffProfileBody",
    "UpdateTariffProfileRequestTariff",
    "UpdateUserBody",
    "UpdateUserRequestStatus",
    "UpdateUserResponseErrorsItems",
    "UpdateUserUnprocessableEntityError",
    "UpdateWorkspaceUserStatusBody",
    "UpdateWorkspaceUserStatusRequestStatus",
    "UsageCurrency",
    "UsageLastHour",
    "UsageMinuteSeries",
    "UsagePeriod",
    "UsageRecord",
    "UsageStats",
    "UsageTrafficType",
    "UserResponse",
    "ValidateSimBatchResponse200",
    "ValidateSimBatchResponseModel",
    "ValidateSimBatchResponseModelFormfactor",
    "ValidateSimBatchResponseModelManufacturer",
    "ValidateSimBatchResponseStatus",
    "ValidatorDto",
    "VerifyAutomationRecipientEmailResponse200",
    "WithIdInputDto",
    "WithStringIdInputDto",
    "WithUuidInputDto",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
