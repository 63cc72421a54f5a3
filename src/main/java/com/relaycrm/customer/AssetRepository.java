package com.relaycrm.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssetRepository extends JpaRepository<Asset, Long> {

    Optional<Asset> findBySerialNumber(String serialNumber);

    List<Asset> findByCustomerIdOrderBySerialNumber(Long customerId);

    List<Asset> findByAssetType(String assetType);
}
