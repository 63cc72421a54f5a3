package com.relaycrm.device;

/** Names of the process variables the device processes use. */
final class DeviceVariables {

    static final String FRAME_ID = "frameId";
    static final String DEVICE_ID = "deviceId";
    static final String CARD_NUMBER = "cardNumber";
    static final String SWIPED_AT = "swipedAt";
    static final String MEMBER_FOUND = "memberFound";
    static final String CUSTOMER_ID = "customerId";

    private DeviceVariables() {
    }
}
